import { z } from "zod";

// Passwords: length beats composition rules (NIST SP 800-63B): at least 10 characters, not a known-common one,
// not the email address, and capped so hashing cost stays bounded.
const commonPasswords = new Set([
  "password",
  "password1",
  "password12",
  "password123",
  "1234567890",
  "12345678910",
  "0123456789",
  "qwertyuiop",
  "qwerty1234",
  "1qaz2wsx3edc",
  "iloveyou12",
  "abc1234567",
  "matkhau123",
  "matkhau1234",
  "123456789a",
  "a123456789",
  "admin12345",
  "welcome123",
  "changeme123",
  "ketnoi12345",
  "aaaaaaaaaa",
]);

export const passwordSchema = z
  .string()
  .min(10, "must be at least 10 characters")
  .max(200, "must be at most 200 characters")
  .refine((value) => !commonPasswords.has(value.toLowerCase()), "is too common")
  .refine((value) => new Set(value).size >= 4, "needs more different characters");

/** Emails are compared case-insensitively; we store them trimmed and lowercased. */
export const emailSchema = z
  .string()
  .trim()
  .max(254, "must be at most 254 characters")
  .pipe(z.email("must be a valid email address"))
  .transform((value) => value.toLowerCase());

/** Rejects a password that is the email address or its local part, which attackers try first. */
export function passwordRepeatsEmail(password: string, email: string): boolean {
  const lowered = password.toLowerCase();
  const local = email.toLowerCase().split("@")[0] ?? "";
  return lowered === email.toLowerCase() || (local.length >= 4 && lowered.includes(local));
}
