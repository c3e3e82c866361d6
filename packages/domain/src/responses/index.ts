export * from "./quote-schema.js";
export * from "./response-signals.js";
