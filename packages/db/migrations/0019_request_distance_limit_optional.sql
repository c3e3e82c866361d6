ALTER TABLE "sourcing_requests" ALTER COLUMN "max_distance_km" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "sourcing_requests" ALTER COLUMN "max_distance_km" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "sourcing_requests" ADD COLUMN "split_volume" boolean DEFAULT false NOT NULL;