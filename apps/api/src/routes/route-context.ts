import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import type { AppDependencies } from "../dependencies.js";
import type { LoginThrottle } from "../rate-limits/login-throttle.js";
import type { AttemptLimiter } from "../rate-limits/rate-limiter.js";
import type { SignInUnlocks } from "../rate-limits/sign-in-unlocks.js";
import type { ZoneDirectory } from "../services/zone-directory.js";

/** The Fastify instance routes are declared on, typed by zod schemas. */
export type RouteApp = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

export interface RouteContext {
  deps: AppDependencies;
  limiter: AttemptLimiter;
  loginThrottle: LoginThrottle;
  signInUnlocks: SignInUnlocks;
  zones: ZoneDirectory;
}

export const bearerAuth = [{ bearerAuth: [] }];
