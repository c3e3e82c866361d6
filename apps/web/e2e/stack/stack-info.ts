// What the browser tests' stack tells the tests: where the web is, and the suppliers it seeded.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export interface SeededSupplier {
  id: string;
  name: string;
}

export interface StackInfo {
  webUrl: string;
  apiUrl: string;
  /** GET ?to=<address>: the emails sent to it; …/unsubscribe-token?userId=&scope= (e2e/stack/mailbox.ts). */
  mailboxUrl: string;
  /** The web's sessions live here, under `<namespace>:web:`. */
  redisUrl: string;
  namespace: string;
  /** The API's access tokens expire this fast in the stack, so journeys cross a refresh. */
  accessTokenTtlSeconds: number;
  /** Signed in through the login form by the admin console's journeys. */
  consoleAccounts: {
    admin: { email: string; password: string };
    /** Its organisation has the association role: it imports its member directory. */
    association: { email: string; password: string };
  };
  suppliers: {
    /** A verified maker of 5-ply cartons in Củ Chi: what "thung carton 5 lop" should find first. */
    carton: SeededSupplier;
    /** A supplier whose name is markup, to show that names are text everywhere. */
    markupName: SeededSupplier;
    moulding: SeededSupplier;
  };
}

/** Written by the global setup once the stack is ready; git-ignored. */
export const stackInfoFile = fileURLToPath(new URL("../../.e2e-stack.json", import.meta.url));

export const readyMarker = "KETNOI_E2E_STACK_READY ";

export function readStackInfo(): StackInfo {
  return JSON.parse(readFileSync(stackInfoFile, "utf8")) as StackInfo;
}
