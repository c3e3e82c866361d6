// Verifies access tokens (auth/access-token.ts) and establishes the caller. Every authenticated request also
// checks that the membership still exists, so removing a member takes effect at once rather than when their token
// expires. Routes run these checks as onRequest hooks, before the body is read or validated: an anonymous caller
// gets 401 whatever it sends, and learns nothing of the route's schema.
import fastifyJwt from "@fastify/jwt";
import { accountRepository } from "@ketnoi/db";
import { DomainError } from "@ketnoi/domain";
import type { FastifyInstance, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { type AccessTokenClaims, accessTokenAudience, accessTokenIssuer } from "../auth/access-token.js";
import type { Caller } from "../auth/caller.js";
import type { AppDependencies } from "../dependencies.js";

declare module "fastify" {
  interface FastifyRequest {
    caller?: Caller;
    /** The access token's claims once verified (null: missing or invalid); see `verifiedAccessToken`. */
    accessTokenClaims?: AccessTokenClaims | null;
    /**
     * The membership of the verified token's user and organisation, when an earlier hook already asked for it in a
     * statement of its own (the idempotency claim does); `authenticate` then waits for that instead of asking again.
     */
    membershipLookup?: Promise<Membership | undefined>;
    /** The person a fresh-login route acts for (`requireFreshLogin`). */
    personId?: string;
  }
  interface FastifyInstance {
    /** onRequest hook: requires a valid access token of a current member. */
    authenticate(request: FastifyRequest): Promise<void>;
    /**
     * onRequest hook for what a person does about themselves (export, erasure): a valid access token whose
     * password was entered in the last `freshLoginSeconds` (a new login, not a refresh). It does not ask for a
     * membership, so the answer about an account that is gone is the route's (404), not 401.
     */
    requireFreshLogin(request: FastifyRequest): Promise<void>;
    /** onRequest hook: requires the caller to own the organisation. */
    requireOwner(request: FastifyRequest): Promise<void>;
    /** onRequest hook: authenticates when a token is given; anonymous otherwise (public pages that show more to members). */
    identify(request: FastifyRequest): Promise<void>;
    /** onRequest hook, after authenticate: the caller has verified their email address (required to publish). */
    requireVerifiedEmail(request: FastifyRequest): Promise<void>;
    /** onRequest hook, after authenticate: platform staff only. */
    requirePlatformAdmin(request: FastifyRequest): Promise<void>;
  }
}

type Membership = NonNullable<Awaited<ReturnType<typeof accountRepository.findMembership>>>;

/** The caller of an authenticated route (the route's onRequest hook guarantees it is there). */
export function callerOf(request: FastifyRequest): Caller {
  if (!request.caller) throw new DomainError("unauthorized", "Authentication required");
  return request.caller;
}

/**
 * The request's access token, verified once per request: authentication and the idempotency claim that runs
 * beside it (plugins/idempotency.ts) both need it. Null when it is missing, expired or invalid.
 */
export async function verifiedAccessToken(request: FastifyRequest): Promise<AccessTokenClaims | null> {
  if (request.accessTokenClaims === undefined) {
    try {
      request.accessTokenClaims = await request.jwtVerify<AccessTokenClaims>();
    } catch {
      request.accessTokenClaims = null;
    }
  }
  return request.accessTokenClaims;
}

/** How recent a password entry exporting or erasing personal data asks for. */
const freshLoginSeconds = 10 * 60;

export const authenticationPlugin = fp(async (app: FastifyInstance, deps: AppDependencies) => {
  await app.register(fastifyJwt, {
    secret: deps.config.JWT_SECRET,
    sign: {
      algorithm: "HS256",
      // @fastify/jwt reads a numeric expiresIn as seconds.
      expiresIn: deps.config.ACCESS_TOKEN_TTL_SECONDS,
      iss: accessTokenIssuer,
      aud: accessTokenAudience,
    },
    verify: {
      algorithms: ["HS256"],
      allowedIss: accessTokenIssuer,
      allowedAud: accessTokenAudience,
      requiredClaims: ["sub", "org", "exp", "iat"],
    },
  });

  const authenticate = async (request: FastifyRequest) => {
    const claims = await verifiedAccessToken(request);
    if (!claims) throw new DomainError("unauthorized", "Missing, expired or invalid access token");
    const found = await (request.membershipLookup ??
      accountRepository.findMembership(deps.database.db, claims.org, claims.sub));
    if (!found)
      throw new DomainError("unauthorized", "This session no longer has access to the organisation");
    request.caller = {
      userId: found.user.id,
      organizationId: found.organization.id,
      organizationRoles: found.organization.roles,
      membershipRole: found.membership.role,
      isPlatformAdmin: found.user.isPlatformAdmin,
      emailVerified: found.user.emailVerifiedAt !== null,
      language: found.user.language,
    };
  };
  app.decorate("authenticate", authenticate);

  app.decorate("requireFreshLogin", async (request: FastifyRequest) => {
    let claims: AccessTokenClaims;
    try {
      claims = await request.jwtVerify<AccessTokenClaims>();
    } catch {
      throw new DomainError("unauthorized", "Missing, expired or invalid access token");
    }
    const enteredAt = claims.pwd ?? 0;
    if (deps.clock().getTime() / 1000 - enteredAt > freshLoginSeconds) {
      throw new DomainError(
        "forbidden",
        "Log in again with your password first: exporting or deleting your data needs a login from the last 10 minutes",
      );
    }
    request.personId = claims.sub;
  });

  app.decorate("identify", async (request: FastifyRequest) => {
    if (request.headers.authorization !== undefined) await authenticate(request);
  });

  app.decorate("requireVerifiedEmail", async (request: FastifyRequest) => {
    if (!callerOf(request).emailVerified) {
      throw new DomainError("email_not_verified", "Verify your email address before publishing");
    }
  });

  app.decorate("requirePlatformAdmin", async (request: FastifyRequest) => {
    if (!callerOf(request).isPlatformAdmin)
      throw new DomainError("forbidden", "Only platform admins can do this");
  });

  app.decorate("requireOwner", async (request: FastifyRequest) => {
    const caller = callerOf(request);
    // Another organisation answers 404 to everyone, as ownOrganization() does; checked first so that a plain
    // member gets the same answer as an owner instead of 403.
    const { organizationId } = (request.params ?? {}) as { organizationId?: string };
    if (organizationId !== undefined && organizationId !== caller.organizationId) {
      throw new DomainError("not_found", "Organisation not found");
    }
    if (caller.membershipRole !== "owner") {
      throw new DomainError("forbidden", "Only owners of the organisation can do this");
    }
  });
});
