import type { Limit } from "./rate-limiter.js";

/**
 * Limits on the endpoints attackers hammer. Per account they stop guessing one password from many addresses;
 * per address they stop spraying many accounts from one.
 */
export const rateLimits = {
  loginPerAddress: { max: 30, windowSeconds: 15 * 60 },
  loginPerAccount: { max: 10, windowSeconds: 15 * 60 },
  resetPerAddress: { max: 10, windowSeconds: 60 * 60 },
  resetPerAccount: { max: 3, windowSeconds: 60 * 60 },
  verificationResendPerAccount: { max: 5, windowSeconds: 60 * 60 },
} satisfies Record<string, Limit>;
