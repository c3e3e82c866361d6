// What every job handler is given: the process's connections and settings, built once at start-up (worker.ts).
import type { Database } from "@ketnoi/db";
import type { EmailTemplates, Mailer, ProductLinks } from "@ketnoi/email";
import type { JobQueues } from "@ketnoi/jobs";
import type { SearchHandle } from "@ketnoi/search";
import type { NotificationSettings } from "./notifications/notification-settings.js";
import type { SendSlots } from "./notifications/send-slots.js";

export interface JobContext {
  db: Database;
  search: SearchHandle;
  queues: JobQueues;
  supplierIndexName: string;
  requestIndexName: string;
  mailer: Mailer;
  links: ProductLinks;
  /** Compiled once at start-up (MJML); rendering per recipient is string work only. */
  templates: EmailTemplates;
  notifications: NotificationSettings;
  /** Ledgered sends in flight at once in this process (EMAIL_CONCURRENCY). */
  sendSlots: SendSlots;
  now: () => Date;
}
