// Builds the Fastify app from injected dependencies; server.ts listens. Tests drive this through inject().
import formBody from "@fastify/formbody";
import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { uuidv7 } from "uuidv7";
import type { AppDependencies } from "./dependencies.js";
import { authenticationPlugin } from "./plugins/authentication.js";
import { crossOriginPlugin } from "./plugins/cross-origin.js";
import { type IdempotencyTimings, idempotencyPlugin } from "./plugins/idempotency.js";
import { openApiPlugin } from "./plugins/openapi.js";
import { problemDetailsPlugin, sendFrameworkProblem } from "./plugins/problem-details.js";
import { queueBoardPlugin } from "./plugins/queue-board.js";
import { securityHeadersPlugin } from "./plugins/security-headers.js";
import { LoginThrottle } from "./rate-limits/login-throttle.js";
import { AttemptLimiter } from "./rate-limits/rate-limiter.js";
import { SignInUnlocks } from "./rate-limits/sign-in-unlocks.js";
import { registerRoutes } from "./routes/index.js";
import { type ApiLoggerOptions, secretFreeLogOptions } from "./secret-free-logging.js";
import { ZoneDirectory } from "./services/zone-directory.js";

export interface BuildAppOptions {
  /** Level and destination of the logs; the app adds what keeps secrets out of them. Omitted: no logs. */
  logger?: ApiLoggerOptions;
  /** Prefix for this app's Redis keys (rate-limit counters); tests give each file its own. */
  redisPrefix?: string;
  /** How long Idempotency-Key responses are kept and duplicates wait; tests shorten the waits. */
  idempotency?: Partial<IdempotencyTimings>;
}

const requestIdPattern = /^[A-Za-z0-9._-]{8,128}$/;

export async function buildApp(
  deps: AppDependencies,
  options: BuildAppOptions = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? secretFreeLogOptions(options.logger) : false,
    // X-Forwarded-For is believed only from the configured proxies; limits key on the address it yields.
    trustProxy: deps.config.TRUSTED_PROXIES.length > 0 ? deps.config.TRUSTED_PROXIES : false,
    bodyLimit: 1024 * 1024,
    // Accept a well-formed request id from a proxy so one id follows the request through every log line.
    genReqId: (request) => {
      const given = request.headers["x-request-id"];
      return typeof given === "string" && requestIdPattern.test(given) ? given : uuidv7();
    },
    return503OnClosing: true,
    forceCloseConnections: "idle",
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors: sendFrameworkProblem,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook("onRequest", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });

  await app.register(problemDetailsPlugin);
  // Before any route, so every route (Swagger UI's and Bull Board's too) gets its headers.
  await app.register(securityHeadersPlugin, { publicUrl: deps.config.PUBLIC_URL });
  await app.register(crossOriginPlugin, { origins: deps.config.CORS_ORIGINS });
  await app.register(formBody, { bodyLimit: 64 * 1024 });
  // Before the OpenAPI plugin and the routes: it adds the Idempotency-Key header to the routes that take it.
  await app.register(idempotencyPlugin, {
    deps,
    ...(options.idempotency ? { timings: options.idempotency } : {}),
  });
  await app.register(openApiPlugin);
  await app.register(authenticationPlugin, deps);

  const redisPrefix = options.redisPrefix ?? deps.config.NAMESPACE;
  const limiter = new AttemptLimiter(deps.redis, redisPrefix);
  const loginThrottle = new LoginThrottle(deps.redis, redisPrefix);
  const signInUnlocks = new SignInUnlocks(deps.redis, redisPrefix, loginThrottle);
  const zones = await ZoneDirectory.load(deps.database.db);
  await app.register(registerRoutes, { deps, limiter, loginThrottle, signInUnlocks, zones });
  // Bull Board at /admin/queues (platform admins); POST /v1/admin/queues/session opens it in a browser.
  await app.register(queueBoardPlugin, { deps });
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
