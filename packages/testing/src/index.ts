export * from "./databases.js";
export * from "./meilisearch-server.js";
export * from "./postgres-server.js";
export * from "./redis-server.js";
export * from "./run-environment.js";
export * from "./smtp-capture.js";
export * from "./smtp-sink.js";
export * from "./tax-codes.js";
