export * from "./distance.js";
export * from "./provinces.js";
export * from "./resolve-province.js";
export * from "./zone-names.js";
