// Password hashing, for the API and the admin CLI alike, so an admin created from the command line logs in through
// the API. Node-only (a native binding), which is why it is not in @ketnoi/domain: web bundles take the domain.
import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's baseline (19 MiB, 2 passes, 1 lane): ~30 ms on our 2-core machines.
// Algorithm.Argon2id is 2; the library exports it as a const enum, which isolated modules cannot read.
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * A hash of a password nobody has, verified against when the account does not exist, so a login for an unknown
 * email takes as long as one for a known email and timing does not reveal which accounts exist.
 */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword("decoy password that no account has");
  return decoyHash;
}
