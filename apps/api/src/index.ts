export { type App, type BuildAppOptions, buildApp } from "./app.js";
export {
  type AppDependencies,
  closeDependencies,
  createApiRedisConnection,
  createDependencies,
} from "./dependencies.js";
