// Whether a new password is good enough. Length beats composition rules (NIST SP 800-63B): at least 10
// characters, and not guessable — judged by zxcvbn (score ≥ 3 of 4, i.e. about 10^8 guesses or more) against
// leaked passwords, English words and names, keyboard patterns, dates, our Vietnamese word list and what we know
// of the person (email, name, organisation).
//
// The dictionaries are a few megabytes: they are loaded on the first check, once per process, so processes that
// never judge a password (the worker) never pay for them.
import type { ZxcvbnFactory, ZxcvbnResult } from "@zxcvbn-ts/core";
import type { FieldErrorCode } from "../errors.js";
import { vietnamesePasswordWords } from "./vietnamese-password-words.js";

export const passwordLength = { min: 10, max: 200 } as const;
/** zxcvbn's scale: 3 is "safely unguessable: moderate protection from offline slow-hash scenario". */
export const minimumPasswordScore = 3;

export type PasswordRejection = Extract<
  FieldErrorCode,
  | "password_too_short"
  | "password_too_long"
  | "password_common"
  | "password_personal"
  | "password_pattern"
  | "password_guessable"
>;

export type PasswordVerdict = { ok: true } | { ok: false; code: PasswordRejection; message: string };

/** What the person is known by; a password built from it is the first thing an attacker who knows them tries. */
export interface PasswordContext {
  email?: string | undefined;
  /** The person's name, their organisation's name. */
  names?: (string | undefined)[];
}

const messages: Record<PasswordRejection, string> = {
  password_too_short: `must be at least ${passwordLength.min} characters`,
  password_too_long: `must be at most ${passwordLength.max} characters`,
  password_common: "is too easy to guess: it is, or is close to, a commonly used or leaked password",
  password_personal: "must not contain your email address, your name or your organisation's name",
  password_pattern: "is too easy to guess: it follows a pattern (repeats, sequences, keyboard rows, dates)",
  password_guessable: "is too easy to guess: combine a few uncommon words, or make it longer",
};

const reject = (code: PasswordRejection): PasswordVerdict => ({ ok: false, code, message: messages[code] });

// zxcvbn's warning keys (its translations are left unset, so feedback.warning is the key itself).
const rejectionOfWarning: Record<string, PasswordRejection> = {
  topTen: "password_common",
  topHundred: "password_common",
  common: "password_common",
  similarToCommon: "password_common",
  wordByItself: "password_common",
  namesByThemselves: "password_common",
  commonNames: "password_common",
  pwned: "password_common",
  userInputs: "password_personal",
  straightRow: "password_pattern",
  keyPattern: "password_pattern",
  simpleRepeat: "password_pattern",
  extendedRepeat: "password_pattern",
  sequences: "password_pattern",
  recentYears: "password_pattern",
  dates: "password_pattern",
};

/** Diacritics off, as people type passwords and as our word list is written; case and spacing kept. */
const withoutDiacritics = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");

let checker: Promise<ZxcvbnFactory> | undefined;

function passwordChecker(): Promise<ZxcvbnFactory> {
  checker ??= (async () => {
    const [{ ZxcvbnFactory }, common, english] = await Promise.all([
      import("@zxcvbn-ts/core"),
      import("@zxcvbn-ts/language-common"),
      import("@zxcvbn-ts/language-en"),
    ]);
    return new ZxcvbnFactory({
      dictionary: {
        ...common.dictionary,
        ...english.dictionary,
        "vietnamese-passwords": [...new Set(vietnamesePasswordWords)],
      },
      graphs: common.adjacencyGraphs,
      // The default (100) tries so many l33t readings that one check took up to 400 ms; 10 still reads
      // "P@ssw0rd" as "password" and keeps a check to tens of milliseconds.
      l33tMaxSubstitutions: 10,
    });
  })();
  return checker;
}

/** Loads the dictionaries now rather than on the first registration; optional. */
export async function preparePasswordChecker(): Promise<void> {
  await passwordChecker();
}

/**
 * The person's email and names as zxcvbn "user inputs". A dictionary entry only matches whole, and every extra
 * match in a password costs an attacker little, so each run of consecutive words is its own entry:
 * "Công ty TNHH Bao Bì Sài Gòn" gives "baobisaigon", "saigon", "tnhhbaobi"…
 */
function userInputsOf(context: PasswordContext): string[] {
  const inputs = new Set<string>();
  const addRuns = (text: string) => {
    const words = withoutDiacritics(text)
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
    for (let start = 0; start < words.length; start++) {
      for (let end = start + 1; end <= words.length; end++) inputs.add(words.slice(start, end).join(""));
    }
  };
  if (context.email) {
    inputs.add(context.email.toLowerCase());
    addRuns(context.email.split("@")[0] ?? "");
    addRuns((context.email.split("@")[1] ?? "").split(".")[0] ?? "");
  }
  for (const name of context.names ?? []) if (name) addRuns(name.slice(0, 200));
  return [...inputs];
}

function rejectionOf(result: ZxcvbnResult): PasswordRejection {
  if (result.sequence.some((match) => match.dictionaryName === "userInputs")) return "password_personal";
  return rejectionOfWarning[result.feedback.warning ?? ""] ?? "password_guessable";
}

/** The email address, or its local part when it is at least 4 characters, written into the password. */
export function passwordRepeatsEmail(password: string, email: string): boolean {
  const lowered = password.toLowerCase();
  const local = email.toLowerCase().split("@")[0] ?? "";
  return lowered.includes(email.toLowerCase()) || (local.length >= 4 && lowered.includes(local));
}

/** Judges a new password; the verdict says why it is refused, in words and as a code a client can translate. */
export async function judgePassword(
  password: string,
  context: PasswordContext = {},
): Promise<PasswordVerdict> {
  const length = [...password].length;
  if (length < passwordLength.min) return reject("password_too_short");
  if (length > passwordLength.max) return reject("password_too_long");
  if (context.email && passwordRepeatsEmail(password, context.email)) return reject("password_personal");
  const zxcvbn = await passwordChecker();
  const inputs = userInputsOf(context);
  const typed = withoutDiacritics(password);
  // Spaces and dots between words count as patterns of their own and inflate the estimate, while attackers try
  // "Bao Bi Sai Gon 2025" with and without them alike; the weaker reading decides.
  const joined = typed.replace(/[\s._-]+/g, "");
  let result = zxcvbn.check(typed, inputs);
  if (joined !== typed && result.score >= minimumPasswordScore) {
    const compact = zxcvbn.check(joined, inputs);
    if (compact.score < result.score) result = compact;
  }
  return result.score >= minimumPasswordScore ? { ok: true } : reject(rejectionOf(result));
}
