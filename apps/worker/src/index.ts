export { handlers, runJob } from "./handlers.js";
export { type RunningWorker, startWorker } from "./worker.js";
