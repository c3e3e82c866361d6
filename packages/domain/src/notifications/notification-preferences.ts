// What a person wants to hear from us by email, and the defaults for someone who never said: the weekly digest
// on Mondays (it is the product's heartbeat), immediate notifications off until they opt in.
import { z } from "zod";
import { languageSchema } from "../accounts/roles.js";
import { digestDays } from "../digest/digest-week.js";

export const digestFrequencies = ["weekly", "off"] as const;
export type DigestFrequency = (typeof digestFrequencies)[number];

export interface NotificationPreferences {
  digest: DigestFrequency;
  digestDay: (typeof digestDays)[number];
  /** Quote received (buyers) and request awarded (suppliers that quoted), sent as they happen. */
  immediate: boolean;
}

export const defaultNotificationPreferences: NotificationPreferences = {
  digest: "weekly",
  digestDay: "monday",
  immediate: false,
};

/** A change to someone's preferences: any subset, at least one field. */
export const notificationPreferencesChangeSchema = z
  .object({
    digest: z.enum(digestFrequencies).optional().describe("`weekly` or `off`"),
    digestDay: z.enum(digestDays).optional().describe("The day of the week the digest arrives"),
    immediate: z.boolean().optional().describe("Emails as quotes arrive and requests are awarded"),
    language: languageSchema.optional().describe("The language of every email (and of the product)"),
  })
  .strict()
  .refine((value) => Object.values(value).some((field) => field !== undefined), {
    message: "give at least one of digest, digestDay, immediate, language",
  });
export type NotificationPreferencesChange = z.infer<typeof notificationPreferencesChangeSchema>;
