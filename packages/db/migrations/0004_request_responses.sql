CREATE TABLE "request_responses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"supplier_id" uuid NOT NULL,
	"responded_by_user_id" uuid,
	"kind" text NOT NULL,
	"unit_price_amount" double precision,
	"currency" text,
	"moq" jsonb,
	"lead_time_days" integer,
	"valid_until" date,
	"message" text DEFAULT '' NOT NULL,
	"decline_reason" text,
	"revision" integer DEFAULT 1 NOT NULL,
	"outcome" text DEFAULT 'pending' NOT NULL,
	"shortlisted" boolean DEFAULT false NOT NULL,
	"first_responded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sourcing_requests" ADD COLUMN "awarded_response_id" uuid;--> statement-breakpoint
ALTER TABLE "request_responses" ADD CONSTRAINT "request_responses_request_id_sourcing_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."sourcing_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_responses" ADD CONSTRAINT "request_responses_supplier_id_suppliers_id_fk" FOREIGN KEY ("supplier_id") REFERENCES "public"."suppliers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_responses" ADD CONSTRAINT "request_responses_responded_by_user_id_users_id_fk" FOREIGN KEY ("responded_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "request_responses_request_supplier_unique" ON "request_responses" USING btree ("request_id","supplier_id");--> statement-breakpoint
CREATE INDEX "request_responses_supplier_idx" ON "request_responses" USING btree ("supplier_id");--> statement-breakpoint
CREATE INDEX "request_responses_quotes_idx" ON "request_responses" USING btree ("request_id") WHERE "request_responses"."kind" = 'quote';