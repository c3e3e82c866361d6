export * from "./accounts/credentials.js";
export * from "./accounts/password-hashing.js";
export * from "./accounts/roles.js";
export * from "./errors.js";
export * from "./geo/provinces.js";
export * from "./geo/resolve-province.js";
export * from "./text/fold.js";
