export * from "./connection.js";
export * from "./job-queues.js";
export * from "./queues.js";
