export * from "./certification-status.js";
export * from "./import-issues.js";
export * from "./import-rows.js";
export * from "./legal-form.js";
export * from "./location-columns.js";
export * from "./profile-schema.js";
export * from "./tax-code.js";
