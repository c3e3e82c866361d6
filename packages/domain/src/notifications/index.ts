export * from "./notification-preferences.js";
