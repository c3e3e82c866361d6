export * from "./client.js";
export * from "./migrate.js";
export * as schema from "./schema/index.js";
