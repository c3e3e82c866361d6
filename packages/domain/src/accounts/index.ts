export * from "./credentials.js";
export * from "./names.js";
export * from "./password-strength.js";
export * from "./roles.js";
