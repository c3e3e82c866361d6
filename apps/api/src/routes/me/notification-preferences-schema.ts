import { digestDays, digestFrequencies, quietHoursSchema } from "@ketnoi/domain";
import { z } from "zod";
import { languageSchema } from "../../schemas/common.js";

export const notificationPreferencesSchema = z
  .object({
    digest: z.enum(digestFrequencies).describe("The weekly digest of new matches: `weekly` or `off`"),
    digestDay: z.enum(digestDays).describe("The day it arrives, 08:00 Ho Chi Minh City time"),
    immediate: z
      .boolean()
      .describe("Emails as quotes arrive (buyers) and quoted requests are awarded (suppliers)"),
    requestAlerts: z
      .boolean()
      .describe("Same-day emails when a new request matches your supplier (on unless turned off)"),
    quietHours: quietHoursSchema
      .nullable()
      .describe(
        "When same-day alerts wait, local time (default 21:00–07:00 Asia/Ho_Chi_Minh); null: any hour",
      ),
    language: languageSchema.describe("The language of every email, shared with the product"),
  })
  .meta({ id: "NotificationPreferences" });
