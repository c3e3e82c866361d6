export * from "./quantity-units.js";
