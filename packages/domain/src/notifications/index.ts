export * from "./notification-preferences.js";
export * from "./request-alerts.js";
