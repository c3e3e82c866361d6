// A private Meilisearch on a free port, for tests that take search away: stop it and start it again on the same
// port with the same data, as a restart does. The run's shared Meilisearch is never touched.
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findFreePort, type RunningMeilisearch, startMeilisearch } from "@ketnoi/local-services";

export interface PrivateMeilisearch {
  url: string;
  masterKey: string;
  stop(): Promise<void>;
  /** Starts it again on the same port with the data it had. */
  start(): Promise<void>;
  /** Stops it and removes its data. */
  destroy(): Promise<void>;
}

export async function startPrivateMeilisearch(): Promise<PrivateMeilisearch> {
  const dataDir = await mkdtemp(join(tmpdir(), "ketnoi-private-meili-"));
  const masterKey = randomBytes(24).toString("base64url");
  const port = await findFreePort();
  let server: RunningMeilisearch | undefined = await startMeilisearch({ dataDir, port, masterKey });
  const stop = async () => {
    await server?.stop();
    server = undefined;
  };
  return {
    url: server.url,
    masterKey,
    stop,
    start: async () => {
      server = await startMeilisearch({ dataDir, port, masterKey });
    },
    destroy: async () => {
      await stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
