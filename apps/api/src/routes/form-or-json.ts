import type { FastifyRequest } from "fastify";

/** The action pages post HTML forms; API clients post JSON. The same route answers each in kind. */
export function isFormPost(request: FastifyRequest): boolean {
  return (request.headers["content-type"] ?? "").startsWith("application/x-www-form-urlencoded");
}
