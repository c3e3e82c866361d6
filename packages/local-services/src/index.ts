export * from "./free-port.js";
export * from "./maildev.js";
export * from "./managed-process.js";
export * from "./meilisearch.js";
export * from "./secret.js";
