export * from "./email-tokens.js";
export * from "./enums.js";
export * from "./invitations.js";
export * from "./memberships.js";
export * from "./organizations.js";
export * from "./refresh-tokens.js";
export * from "./users.js";
export * from "./zones.js";
