import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * Returns the secret stored in `file`, generating and storing one (base64url of `bytes` random bytes) the first
 * time, so local secrets such as the Meilisearch master key stay the same from one run to the next.
 */
export async function ensureSecret(file: string, bytes = 32): Promise<string> {
  const existing = await readSecret(file);
  if (existing.secret) return existing.secret;
  const secret = randomBytes(bytes).toString("base64url");
  await mkdir(dirname(file), { recursive: true, mode: 0o700 });
  try {
    // `wx` when the file is new: if two runners start at once, the second keeps the first one's secret.
    await writeFile(file, `${secret}\n`, { mode: 0o600, flag: existing.found ? "w" : "wx" });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const written = await readSecret(file);
    if (!written.secret) throw new Error(`${file} exists but holds no secret`);
    return written.secret;
  }
}

async function readSecret(file: string): Promise<{ found: boolean; secret?: string }> {
  try {
    const content = (await readFile(file, "utf8")).trim();
    return content === "" ? { found: true } : { found: true, secret: content };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { found: false };
    throw error;
  }
}
