// Sends one ledgered email at most once. The ledger row is locked (FOR UPDATE NOWAIT) for the whole send, so two
// workers never send it at the same time, and a dead worker's lock dies with its connection. The row is marked
// sent in the same transaction right after the SMTP server accepted the message.
//
// The one window that remains: the server accepted, and the process died before that commit. The row is still
// `planned`, so the retry sends again, with the same deterministic Message-ID; receiving systems that
// de-duplicate by Message-ID show it once. Closing the window would need the SMTP server to take part in our
// transaction, which SMTP cannot do; keeping it to one UPDATE after the reply is the best we can do.
import type { Database, DeliveryStatus } from "@ketnoi/db";
import type { SentEmail } from "@ketnoi/email";
import { describeSmtpFailure, type SmtpFailure } from "./smtp-failure.js";

type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];

export type SendOnceOutcome =
  | { outcome: "sent"; messageId: string }
  /** Another attempt finished it already (sent, skipped or failed): nothing was sent now. */
  | { outcome: "finished"; status: DeliveryStatus }
  | { outcome: "failed"; status: DeliveryStatus; failure: SmtpFailure };

/** Another live worker holds the row: retry later (the job's backoff), it may yet fail and need us. */
class DeliveryBusyError extends Error {
  constructor() {
    super("this email is being sent by another worker right now");
    this.name = "DeliveryBusyError";
  }
}

export async function sendOnce(
  db: Database,
  steps: {
    lock(tx: Transaction): Promise<{ status: DeliveryStatus } | "busy" | undefined>;
    send(): Promise<SentEmail>;
    markSent(tx: Transaction, messageId: string): Promise<void>;
    recordFailure(tx: Transaction, failure: SmtpFailure): Promise<DeliveryStatus>;
  },
): Promise<SendOnceOutcome> {
  return db.transaction(async (tx) => {
    const row = await steps.lock(tx);
    if (row === "busy") throw new DeliveryBusyError();
    if (!row) return { outcome: "finished", status: "skipped" };
    if (row.status !== "planned") return { outcome: "finished", status: row.status };
    let sent: SentEmail;
    try {
      sent = await steps.send();
    } catch (error) {
      const failure = describeSmtpFailure(error);
      // Committed with the transaction: the attempt counts even though the job will throw.
      const status = await steps.recordFailure(tx, failure);
      return { outcome: "failed", status, failure };
    }
    await steps.markSent(tx, sent.messageId);
    return { outcome: "sent", messageId: sent.messageId };
  });
}
