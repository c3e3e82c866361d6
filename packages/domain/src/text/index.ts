export * from "./clean-text.js";
export * from "./escape-html.js";
export * from "./fold.js";
