export * from "./credentials.js";
export * from "./roles.js";
