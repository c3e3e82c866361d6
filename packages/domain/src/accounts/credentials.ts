import { z } from "zod";

/**
 * A new password as a request carries it. Only its size is bounded here, so a huge body never reaches the
 * checker or the hash; whether it is good enough is `judgePassword`'s call (password-strength.ts), which needs
 * the person's email and name and says why in a code a client can translate.
 */
export const newPasswordSchema = z
  .string()
  .max(1000, "must be at most 1000 characters")
  .describe("At least 10 characters and not easy to guess (common, leaked, a pattern, your email or name)");

/** Emails are compared case-insensitively; we store them trimmed and lowercased. */
export const emailSchema = z
  .string()
  .trim()
  .max(254, "must be at most 254 characters")
  .pipe(z.email("must be a valid email address"))
  .transform((value) => value.toLowerCase());
