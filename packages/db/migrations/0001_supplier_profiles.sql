ALTER TYPE "public"."organization_role" ADD VALUE 'association';--> statement-breakpoint
CREATE TABLE "search_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"entity" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE "suppliers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid,
	"imported_by_organization_id" uuid,
	"legal_name" text NOT NULL,
	"trade_name" text,
	"tax_code" text NOT NULL,
	"description_vi" text,
	"description_en" text,
	"categories" text[] NOT NULL,
	"processes" text[] DEFAULT '{}' NOT NULL,
	"materials" text[] DEFAULT '{}' NOT NULL,
	"example_products" text[] DEFAULT '{}' NOT NULL,
	"certifications" jsonb DEFAULT '[]' NOT NULL,
	"monthly_capacity" jsonb,
	"moq" jsonb,
	"lead_time_days" integer,
	"export_markets" text[] DEFAULT '{}' NOT NULL,
	"languages" text[] NOT NULL,
	"staff_size" integer,
	"year_founded" integer,
	"zone_id" text,
	"address" text,
	"province_2025" text NOT NULL,
	"former_province" text,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"delivery_radius_km" integer,
	"green" jsonb DEFAULT '{}' NOT NULL,
	"contact" jsonb,
	"website" text,
	"verification_status" text DEFAULT 'unverified' NOT NULL,
	"verified_at" timestamp with time zone,
	"verified_by_user_id" uuid,
	"status" text DEFAULT 'active' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "suppliers" ADD CONSTRAINT "suppliers_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suppliers" ADD CONSTRAINT "suppliers_imported_by_organization_id_organizations_id_fk" FOREIGN KEY ("imported_by_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suppliers" ADD CONSTRAINT "suppliers_zone_id_zones_id_fk" FOREIGN KEY ("zone_id") REFERENCES "public"."zones"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suppliers" ADD CONSTRAINT "suppliers_verified_by_user_id_users_id_fk" FOREIGN KEY ("verified_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_outbox_pending_idx" ON "search_outbox" USING btree ("id") WHERE "search_outbox"."processed_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "suppliers_tax_code_unique" ON "suppliers" USING btree ("tax_code");--> statement-breakpoint
CREATE UNIQUE INDEX "suppliers_organization_unique" ON "suppliers" USING btree ("organization_id") WHERE "suppliers"."organization_id" is not null;--> statement-breakpoint
CREATE INDEX "suppliers_zone_idx" ON "suppliers" USING btree ("zone_id");