// A closed list of error codes. Domain code throws DomainError; the API maps each code to one HTTP status in one
// place, so the same failure always looks the same to clients.

export const errorCodes = {
  validation_failed: 400,
  invalid_token: 400,
  unauthorized: 401,
  invalid_credentials: 401,
  forbidden: 403,
  email_not_verified: 403,
  not_found: 404,
  conflict: 409,
  email_taken: 409,
  already_member: 409,
  last_owner: 409,
  /** A request with the same Idempotency-Key is still running. */
  idempotency_key_in_use: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  /** The Idempotency-Key was already used for a different request. */
  idempotency_key_reused: 422,
  rate_limited: 429,
  internal: 500,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorCodes;

export interface FieldError {
  /** Dotted path of the offending input, prefixed by where it came from: `body.email`, `query.limit`. */
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: FieldError[] = [],
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const notFound = (what: string) => new DomainError("not_found", `${what} not found`);
