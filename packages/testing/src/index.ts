// Private servers (postgres-server, meilisearch-server) are subpaths: they start binaries through
// @ketnoi/local-services, which the web's tests should not compile.
export * from "./databases.js";
export * from "./redis-server.js";
export * from "./run-environment.js";
export * from "./smtp-capture.js";
export * from "./smtp-sink.js";
export * from "./table-lock.js";
export * from "./tax-codes.js";
