// Runs the API: builds dependencies, listens, and on SIGTERM/SIGINT stops taking new connections, lets in-flight
// requests finish, then closes the pools.
import type { ApiConfig } from "@ketnoi/config";
import { buildApp } from "./app.js";
import { closeDependencies, createDependencies } from "./dependencies.js";

const shutdownGraceMs = 15_000;

export async function startServer(config: ApiConfig): Promise<void> {
  const deps = await createDependencies(config);
  const app = await buildApp(deps, {
    logger:
      config.NODE_ENV === "production"
        ? { level: config.LOG_LEVEL }
        : {
            level: config.LOG_LEVEL,
            transport: {
              target: "pino-pretty",
              options: { translateTime: "HH:MM:ss", ignore: "pid,hostname", singleLine: true },
            },
          },
  });
  app.addHook("onClose", async () => closeDependencies(deps));
  // ioredis reconnects by itself; while it cannot, requests that need Redis answer 503. Say so in our log
  // instead of ioredis's "Unhandled error event" on stderr.
  deps.redis.on("error", (error: Error) => app.log.warn({ err: error }, "redis connection error"));

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down: finishing in-flight requests");
    const force = setTimeout(() => {
      app.log.error("in-flight requests did not finish in time; exiting");
      process.exit(1);
    }, shutdownGraceMs);
    force.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        app.log.error({ err: error }, "error while closing");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));

  await app.listen({ host: config.HOST, port: config.PORT });
}
