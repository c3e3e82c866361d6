// What the email jobs need beyond the shared job context: how to sign unsubscribe links, the Message-ID domain,
// the digest's time zone, how send jobs retry and how immediate notifications about one request are paced.
import type { WorkerConfig } from "@ketnoi/config";
import { alertGatherMs } from "@ketnoi/domain";
import { messageIdDomain } from "@ketnoi/email";
import { jobCatalog } from "@ketnoi/jobs";

export interface EmailRetryPolicy {
  /** SMTP attempts before a digest is `failed`; the send job's BullMQ attempts are the same. */
  attempts: number;
  /** First backoff; doubles with each retry. */
  delayMs: number;
}

export interface NotificationSettings {
  linkSecret: string;
  messageIdDomain: string;
  digestTimeZone: string;
  digestRetry: EmailRetryPolicy;
  /** Recipients planned (and send jobs queued) per database round trip of the weekly run. */
  planBatchSize: number;
  /**
   * The pause after an email about a request: what happens on the request meanwhile waits for its end and goes
   * out as one email.
   */
  gatherMs: number;
  /** The pause after a same-day alert about a supplier (an hour: at most two alerts an hour). */
  alertGatherMs: number;
}

/** 15 minutes: a burst of revisions costs the buyer two emails, and nothing waits longer than this to be told. */
const defaultGatherMs = 15 * 60_000;

const catalogRetry = jobCatalog["send-weekly-digest"].options;

export function notificationSettings(
  config: WorkerConfig,
  overrides: {
    digestRetry?: EmailRetryPolicy;
    planBatchSize?: number;
    gatherMs?: number;
    alertGatherMs?: number;
  } = {},
): NotificationSettings {
  return {
    linkSecret: config.EMAIL_LINK_SECRET,
    messageIdDomain: messageIdDomain(config.MAIL_FROM),
    digestTimeZone: config.DIGEST_TZ,
    digestRetry: overrides.digestRetry ?? {
      attempts: catalogRetry.attempts,
      delayMs: catalogRetry.backoff.delay,
    },
    planBatchSize: overrides.planBatchSize ?? 500,
    gatherMs: overrides.gatherMs ?? defaultGatherMs,
    alertGatherMs: overrides.alertGatherMs ?? alertGatherMs,
  };
}
