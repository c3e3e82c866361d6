// Asserts the one error shape every failure has: application/problem+json with a stable code, and the request id
// both in the body and in the x-request-id header, so a user can quote it to support.
import type { LightMyRequestResponse } from "fastify";
import { expect } from "vitest";

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail?: string;
  instance: string;
  requestId: string;
  errors?: { field: string; message: string; code?: string; messages?: { vi: string; en: string } }[];
}

export function expectProblem(response: LightMyRequestResponse, status: number, code?: string): Problem {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers["content-type"]).toMatch(/^application\/problem\+json/);
  const body = response.json<Problem>();
  expect(body.status).toBe(status);
  if (code) expect(body.code).toBe(code);
  expect(body.requestId).toEqual(expect.any(String));
  expect(response.headers["x-request-id"]).toBe(body.requestId);
  return body;
}

/** The fields a validation problem names, e.g. ["body.user.email"]. */
export function problemFields(problem: Problem): string[] {
  return (problem.errors ?? []).map((e) => e.field);
}
