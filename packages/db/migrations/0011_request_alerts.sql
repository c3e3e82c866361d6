ALTER TABLE "notification_preferences" ADD COLUMN "request_alerts" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD COLUMN "quiet_hours_start" text DEFAULT '21:00';--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD COLUMN "quiet_hours_end" text DEFAULT '07:00';--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD COLUMN "quiet_hours_time_zone" text DEFAULT 'Asia/Ho_Chi_Minh' NOT NULL;--> statement-breakpoint
CREATE INDEX "notification_deliveries_user_subject_idx" ON "notification_deliveries" USING btree ("user_id","subject_id","kind","status");