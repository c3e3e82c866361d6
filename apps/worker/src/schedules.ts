// Recurring jobs, declared with BullMQ job schedulers (idempotent upserts, safe on every start).
import { defaultJobRetention, type JobPayload, jobCatalog } from "@ketnoi/jobs";
import type { Queue } from "bullmq";

export async function upsertSchedules(maintenance: Queue): Promise<void> {
  const payload: JobPayload<"purge-stale-tokens"> = { olderThanDays: 30 };
  await maintenance.upsertJobScheduler(
    "purge-stale-tokens-daily",
    { pattern: "0 3 * * *", tz: "Asia/Ho_Chi_Minh" },
    {
      name: "purge-stale-tokens",
      data: payload,
      opts: { ...jobCatalog["purge-stale-tokens"].options, ...defaultJobRetention },
    },
  );
}
