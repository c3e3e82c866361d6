import { loadConfigOrExit, workerEnvSchema } from "@ketnoi/config";
import { pino } from "pino";
import { startWorker } from "./worker.js";

const config = loadConfigOrExit(workerEnvSchema);
const log = pino({
  level: config.LOG_LEVEL,
  base: { service: "worker" },
  ...(config.NODE_ENV === "production"
    ? {}
    : {
        transport: {
          target: "pino-pretty",
          options: { translateTime: "HH:MM:ss", ignore: "pid,hostname", singleLine: true },
        },
      }),
});

const running = await startWorker(config, log);
let firstSignalAt: number | undefined;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (firstSignalAt !== undefined) {
      // tsx and the dev runner relay one Ctrl-C or stop more than once: a repeat within a second is the same one.
      if (Date.now() - firstSignalAt < 1_000) return;
      // Asked again: stop waiting. Jobs still running keep their locks until these expire (30 s), then another
      // worker runs them again from the start; handlers are idempotent, so nothing is applied twice.
      log.warn({ signal }, "stopping now without waiting for running jobs; they will run again elsewhere");
      process.exit(1);
    }
    firstSignalAt = Date.now();
    log.info({ signal }, "stopping: waiting for running jobs to finish (send the signal again to stop now)");
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, "error while stopping");
        process.exit(1);
      },
    );
  });
}
