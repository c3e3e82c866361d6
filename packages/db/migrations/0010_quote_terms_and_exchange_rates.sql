CREATE TABLE "exchange_rates" (
	"currency" text NOT NULL,
	"rate_date" date NOT NULL,
	"vnd_per_unit" double precision NOT NULL,
	"set_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_rates_currency_rate_date_pk" PRIMARY KEY("currency","rate_date")
);
--> statement-breakpoint
ALTER TABLE "request_responses" ADD COLUMN "vat_rate_percent" double precision;--> statement-breakpoint
ALTER TABLE "request_responses" ADD COLUMN "vat_included" boolean;--> statement-breakpoint
ALTER TABLE "request_responses" ADD COLUMN "delivery" jsonb;--> statement-breakpoint
ALTER TABLE "request_responses" ADD COLUMN "payment_days" integer;--> statement-breakpoint
ALTER TABLE "request_responses" ADD COLUMN "deposit_percent" double precision;--> statement-breakpoint
ALTER TABLE "request_responses" ADD COLUMN "tooling_cost" double precision;--> statement-breakpoint
ALTER TABLE "request_responses" ADD COLUMN "sample_cost" double precision;--> statement-breakpoint
ALTER TABLE "exchange_rates" ADD CONSTRAINT "exchange_rates_set_by_user_id_users_id_fk" FOREIGN KEY ("set_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;