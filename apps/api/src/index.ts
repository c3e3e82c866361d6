export { type App, type BuildAppOptions, buildApp } from "./app.js";
export {
  type AppDependencies,
  closeDependencies,
  createApiRedisConnection,
  createDependencies,
  fileDependencies,
} from "./dependencies.js";
