export { type App, type BuildAppOptions, buildApp } from "./app.js";
export { type AppDependencies, closeDependencies, createDependencies } from "./dependencies.js";
