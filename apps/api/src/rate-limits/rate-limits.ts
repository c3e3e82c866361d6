// Every abuse limit of the API in one table. The name of a limit is what a 429 problem reports in `limit`, so
// clients and operators can tell which one they hit.

/** At most `max` counted actions per key in a fixed window of `windowSeconds` (the window opens at the first). */
export interface Limit {
  max: number;
  windowSeconds: number;
}

const minute = 60;
const hour = 60 * minute;
const day = 24 * hour;

export const rateLimits = {
  /** New organisations from one client address: enough for an office registering its companies. */
  registerPerAddress: { max: 5, windowSeconds: hour },
  /** Registrations naming one email address: each one sends that address a verification email. */
  registerPerEmail: { max: 3, windowSeconds: day },
  verificationResendPerAccount: { max: 5, windowSeconds: hour },
  verificationResendPerAddress: { max: 20, windowSeconds: hour },
  resetPerAccount: { max: 3, windowSeconds: hour },
  resetPerAddress: { max: 10, windowSeconds: hour },
  /** Invitation emails one organisation sends (only organisations whose inviting owner verified their email). */
  invitationsPerOrganization: { max: 20, windowSeconds: day },
  invitationsPerAddress: { max: 60, windowSeconds: day },
  /** Quote submissions and revisions of one supplier on one request; each revision emails the buyer. */
  quoteRevisionsPerResponse: { max: 10, windowSeconds: hour },
  /** Failed logins from one address across all accounts (password spraying). Successful logins do not count. */
  loginFailuresPerAddress: { max: 30, windowSeconds: 15 * minute },
  /**
   * Failed logins against one account from all addresses. Over it, only addresses the account signed in from
   * before (or unlocked by the emailed link) may still try; everyone else waits for the window to end.
   */
  loginFailuresPerAccount: { max: 20, windowSeconds: hour },
} satisfies Record<string, Limit>;

export type RateLimitName = keyof typeof rateLimits;

/**
 * Failed logins against one account from one address: a few free tries, then a wait before each further try that
 * doubles (1 s, 2 s, 4 s … 5 min). It slows a guesser down without ever locking the owner out from elsewhere.
 */
export const loginDelays = {
  name: "loginFailuresPerAccountAndAddress",
  freeFailures: 5,
  firstDelayMs: 1000,
  maxDelayMs: 5 * 60_000,
  /** How long the failures of one address against one account are remembered after its last try. */
  memorySeconds: hour,
} as const;

/** An address the account signed in from is trusted past the account-wide ceiling for this long. */
export const knownAddressSeconds = 30 * day;

/** The emailed link that lets the owner past the account-wide ceiling works once, within this time. */
export const unlockLinkSeconds = hour;
