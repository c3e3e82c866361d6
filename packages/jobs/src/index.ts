export * from "./connection.js";
export * from "./queues.js";
