CREATE TABLE "idempotency_keys" (
	"user_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"key" text NOT NULL,
	"route" text NOT NULL,
	"fingerprint" text NOT NULL,
	"state" text DEFAULT 'running' NOT NULL,
	"claim_token" uuid NOT NULL,
	"claimed_at" timestamp with time zone NOT NULL,
	"response_status" integer,
	"response_headers" jsonb,
	"response_body" text,
	"created_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	CONSTRAINT "idempotency_keys_pkey" PRIMARY KEY("user_id","organization_id","key")
);
--> statement-breakpoint
ALTER TABLE "notification_deliveries" ADD COLUMN "request_id" uuid;--> statement-breakpoint
CREATE INDEX "idempotency_keys_created_idx" ON "idempotency_keys" USING btree ("created_at");--> statement-breakpoint
ALTER TABLE "notification_deliveries" ADD CONSTRAINT "notification_deliveries_request_id_sourcing_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."sourcing_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notification_deliveries_user_request_idx" ON "notification_deliveries" USING btree ("user_id","request_id","status");--> statement-breakpoint
UPDATE "notification_deliveries" AS d SET "request_id" = r."request_id" FROM "request_responses" AS r WHERE d."kind" = 'quote_received' AND r."id" = d."subject_id";--> statement-breakpoint
UPDATE "notification_deliveries" SET "request_id" = "subject_id" WHERE "kind" = 'request_awarded' AND EXISTS (SELECT 1 FROM "sourcing_requests" AS s WHERE s."id" = "notification_deliveries"."subject_id");
