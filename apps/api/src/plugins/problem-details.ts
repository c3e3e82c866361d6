// The one place where errors become HTTP responses: application/problem+json with a stable code, per-field
// messages for bad input, and no internals for 5xx.
import { withoutQueryParameters } from "@ketnoi/db";
import {
  DomainError,
  type ErrorCode,
  errorCodes,
  type FieldError,
  fieldErrorMessages,
  isFieldErrorCode,
} from "@ketnoi/domain";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { DependencyUnavailableError, RateLimitedError } from "../rate-limits/limit-errors.js";
import { unavailableDependency } from "./unavailable-dependency.js";

const titles: Record<ErrorCode, string> = {
  validation_failed: "Your request has invalid fields",
  invalid_token: "The link or token is invalid or has expired",
  unauthorized: "Authentication required",
  invalid_credentials: "Email or password is incorrect",
  forbidden: "Not allowed",
  email_not_verified: "Verify your email address first",
  not_found: "Not found",
  conflict: "Conflict",
  email_taken: "An account with this email already exists",
  already_member: "Already a member",
  last_owner: "An organisation needs at least one owner",
  idempotency_key_in_use: "A request with this Idempotency-Key is still running",
  already_claimed: "This profile already has an owner",
  claim_pending: "Another claim on this profile is waiting",
  claim_link_used: "This claim link no longer works",
  verification_pending: "A verification request is already waiting",
  link_expired: "The link has expired",
  payload_too_large: "Request body too large",
  unsupported_media_type: "Unsupported content type",
  idempotency_key_reused: "This Idempotency-Key was used for a different request",
  rate_limited: "Too many requests",
  internal: "Internal server error",
  service_unavailable: "Service unavailable",
};

/** Problem members beyond RFC 9457's: which limit was hit (429), which dependency is away (503). */
interface ProblemExtensions {
  limit?: string;
  dependency?: string;
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  code: ErrorCode,
  detail?: string,
  fields?: FieldError[],
  extensions: ProblemExtensions = {},
) {
  const status = errorCodes[code];
  return reply
    .code(status)
    .type("application/problem+json")
    .send({
      type: `urn:ketnoi:problem:${code}`,
      title: titles[code],
      status,
      code,
      ...(detail ? { detail } : {}),
      instance: request.url.split("?")[0],
      requestId: request.id,
      ...(fields && fields.length > 0 ? { errors: fields.map(withMessages) } : {}),
      ...extensions,
    });
}

/** A field error with a code carries the reason in both languages, so a client can show it as it is. */
const withMessages = (error: FieldError) =>
  error.code ? { ...error, messages: fieldErrorMessages[error.code] } : error;

/** The code a refinement put in its issue's params (clean-text.ts), when it is one of ours. */
function fieldErrorCodeOf(params: unknown) {
  const code = (params as { params?: { code?: unknown } } | undefined)?.params?.code;
  return isFieldErrorCode(code) ? code : undefined;
}

/** Maps Fastify's own client-error codes (body parsing, content type) onto ours. */
function codeForFastifyError(error: FastifyError): ErrorCode | undefined {
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return "payload_too_large";
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return "unsupported_media_type";
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_VALIDATION":
      return "validation_failed";
    case "FST_JWT_NO_AUTHORIZATION_IN_HEADER":
    case "FST_JWT_AUTHORIZATION_TOKEN_EXPIRED":
    case "FST_JWT_AUTHORIZATION_TOKEN_INVALID":
    case "FST_JWT_AUTHORIZATION_TOKEN_UNTRUSTED":
    case "FST_JWT_BAD_REQUEST":
    case "FST_JWT_BAD_COOKIE_REQUEST":
      return "unauthorized";
    default:
      if (error.statusCode === 400 && error instanceof SyntaxError) return "validation_failed";
      return undefined;
  }
}

/**
 * For Fastify's `frameworkErrors`: URLs the router rejects before any hook runs (a bad percent-encoding, a path
 * segment over the length limit) would otherwise get Fastify's own JSON body and no request id.
 */
export function sendFrameworkProblem(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  reply.header("x-request-id", request.id);
  return sendProblem(request, reply, "validation_failed", error.message);
}

export const problemDetailsPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      // Fastify calls the query string "querystring"; our field names say "query" (query.limit).
      const context =
        error.validationContext === "querystring" ? "query" : (error.validationContext ?? "body");
      const fields = error.validation.map((issue) => {
        const path = issue.instancePath.replace(/^\//, "").replace(/\//g, ".");
        const code = fieldErrorCodeOf(issue.params);
        return {
          field: path ? `${context}.${path}` : context,
          message: issue.message ?? "is invalid",
          ...(code ? { code } : {}),
        };
      });
      return sendProblem(request, reply, "validation_failed", undefined, fields);
    }
    if (error instanceof RateLimitedError) {
      reply.header("retry-after", String(error.retryAfterSeconds));
      return sendProblem(request, reply, "rate_limited", error.message, undefined, { limit: error.limit });
    }
    const unavailable =
      error instanceof DependencyUnavailableError
        ? error
        : (() => {
            const dependency = unavailableDependency(error);
            return dependency ? new DependencyUnavailableError(dependency) : undefined;
          })();
    if (unavailable) {
      request.log.warn(
        { dependency: unavailable.dependency, err: withoutQueryParameters(error) },
        "dependency unavailable",
      );
      reply.header("retry-after", String(unavailable.retryAfterSeconds));
      return sendProblem(request, reply, "service_unavailable", unavailable.message, undefined, {
        dependency: unavailable.dependency,
      });
    }
    if (error instanceof DomainError) {
      if (errorCodes[error.code] >= 500) request.log.error({ err: error }, "domain error");
      return sendProblem(request, reply, error.code, error.message, error.fields);
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, "response does not match its schema");
      return sendProblem(request, reply, "internal");
    }
    const mapped = codeForFastifyError(error);
    if (mapped) {
      const detail = mapped === "unauthorized" ? "Missing, expired or invalid access token" : error.message;
      return sendProblem(request, reply, mapped, detail);
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      request.log.info({ err: error }, "client error");
      return reply
        .code(error.statusCode)
        .type("application/problem+json")
        .send({
          type: "about:blank",
          title: error.message,
          status: error.statusCode,
          code: error.code ?? "client_error",
          instance: request.url.split("?")[0],
          requestId: request.id,
        });
    }
    request.log.error({ err: withoutQueryParameters(error) }, "unhandled error");
    return sendProblem(
      request,
      reply,
      "internal",
      "Something went wrong on our side; the request id helps us find it",
    );
  });

  app.setNotFoundHandler((request, reply) =>
    sendProblem(request, reply, "not_found", `No route ${request.method} ${request.url.split("?")[0]}`),
  );
});
