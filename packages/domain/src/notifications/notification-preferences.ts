// What a person wants to hear from us by email, and the defaults for someone who never said: the weekly digest
// on Mondays (it is the product's heartbeat), immediate notifications on (a first quote or a question should not arrive unannounced), same-day alerts of
// requests matching their supplier on (that is what a supplier joins for), quiet at night in Ho Chi Minh City.
import { z } from "zod";
import { languageSchema } from "../accounts/roles.js";
import { digestDays } from "../digest/digest-week.js";
import { defaultQuietHours, type QuietHours, quietHoursSchema } from "./request-alerts.js";

export const digestFrequencies = ["weekly", "off"] as const;
export type DigestFrequency = (typeof digestFrequencies)[number];

export interface NotificationPreferences {
  digest: DigestFrequency;
  digestDay: (typeof digestDays)[number];
  /** Quotes and messages received, and request awarded (suppliers that quoted), sent as they happen. */
  immediate: boolean;
  /** Same-day alerts when a new request matches the person's supplier. */
  requestAlerts: boolean;
  /** When alerts wait (local time); null: alerts leave at any hour. */
  quietHours: QuietHours | null;
}

export const defaultNotificationPreferences: NotificationPreferences = {
  digest: "weekly",
  digestDay: "monday",
  immediate: true,
  requestAlerts: true,
  quietHours: defaultQuietHours,
};

/** A change to someone's preferences: any subset, at least one field. */
export const notificationPreferencesChangeSchema = z
  .object({
    digest: z.enum(digestFrequencies).optional().describe("`weekly` or `off`"),
    digestDay: z.enum(digestDays).optional().describe("The day of the week the digest arrives"),
    immediate: z
      .boolean()
      .optional()
      .describe("Emails as quotes and messages arrive and requests are awarded (on unless turned off)"),
    requestAlerts: z
      .boolean()
      .optional()
      .describe("Same-day emails when a new request matches your supplier"),
    quietHours: quietHoursSchema
      .nullable()
      .optional()
      .describe("When same-day alerts wait (local time); null sends them at any hour"),
    language: languageSchema.optional().describe("The language of every email (and of the product)"),
  })
  .strict()
  .refine((value) => Object.values(value).some((field) => field !== undefined), {
    message: "give at least one of digest, digestDay, immediate, requestAlerts, quietHours, language",
  });
export type NotificationPreferencesChange = z.infer<typeof notificationPreferencesChangeSchema>;
