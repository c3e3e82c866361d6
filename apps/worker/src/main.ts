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
let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "stopping: waiting for running jobs to finish");
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, "error while stopping");
        process.exit(1);
      },
    );
  });
}
