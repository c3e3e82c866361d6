export * from "./infer-categories.js";
export * from "./lifecycle.js";
export * from "./request-edit.js";
export * from "./request-schema.js";
