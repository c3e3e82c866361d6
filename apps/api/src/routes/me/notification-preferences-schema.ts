import { digestDays, digestFrequencies } from "@ketnoi/domain";
import { z } from "zod";
import { languageSchema } from "../../schemas/common.js";

export const notificationPreferencesSchema = z
  .object({
    digest: z.enum(digestFrequencies).describe("The weekly digest of new matches: `weekly` or `off`"),
    digestDay: z.enum(digestDays).describe("The day it arrives, 08:00 Ho Chi Minh City time"),
    immediate: z
      .boolean()
      .describe("Emails as quotes arrive (buyers) and quoted requests are awarded (suppliers)"),
    language: languageSchema.describe("The language of every email, shared with the product"),
  })
  .meta({ id: "NotificationPreferences" });
