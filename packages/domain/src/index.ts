// Everything at once, for Node code. A browser bundle takes one room at a time through the subpath exports
// (`@ketnoi/domain/text`, `/taxonomy`, …), which package.json lists one per folder here.
export * from "./accounts/index.js";
export * from "./digest/index.js";
export * from "./errors.js";
export * from "./geo/index.js";
export * from "./matching/index.js";
export * from "./notifications/index.js";
export * from "./requests/index.js";
export * from "./responses/index.js";
export * from "./suppliers/index.js";
export * from "./taxonomy/index.js";
export * from "./text/index.js";
export * from "./time/index.js";
export * from "./units/index.js";
