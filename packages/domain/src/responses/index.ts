export * from "./quote-comparison.js";
export * from "./quote-schema.js";
export * from "./quote-terms.js";
export * from "./response-signals.js";
