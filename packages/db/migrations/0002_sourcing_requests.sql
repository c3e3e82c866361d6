CREATE TABLE "sourcing_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"created_by_user_id" uuid,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"categories" text[] DEFAULT '{}' NOT NULL,
	"inferred_categories" jsonb DEFAULT '[]' NOT NULL,
	"specification" jsonb NOT NULL,
	"quantity" jsonb NOT NULL,
	"recurrence" text NOT NULL,
	"monthly_volume" jsonb,
	"target_price" jsonb,
	"required_certifications" text[] DEFAULT '{}' NOT NULL,
	"zone_id" text,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"province_2025" text NOT NULL,
	"former_province" text,
	"max_distance_km" integer DEFAULT 50 NOT NULL,
	"needed_by" date NOT NULL,
	"quote_deadline" timestamp with time zone NOT NULL,
	"reference_links" text[] DEFAULT '{}' NOT NULL,
	"show_buyer_name" boolean DEFAULT true NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"published_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "sourcing_requests" ADD CONSTRAINT "sourcing_requests_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sourcing_requests" ADD CONSTRAINT "sourcing_requests_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sourcing_requests" ADD CONSTRAINT "sourcing_requests_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sourcing_requests_organization_idx" ON "sourcing_requests" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "sourcing_requests_status_deadline_idx" ON "sourcing_requests" USING btree ("status","quote_deadline");