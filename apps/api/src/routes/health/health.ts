import { z } from "zod";
import { sendProblem } from "../../plugins/problem-details.js";
import type { RouteApp, RouteContext } from "../route-context.js";

const checkTimeoutMs = 2000;

function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

export function health(app: RouteApp, { deps }: RouteContext) {
  app.get(
    "/health",
    {
      schema: {
        tags: ["health"],
        summary: "The process is alive",
        response: { 200: z.object({ status: z.literal("ok") }) },
      },
    },
    async () => ({ status: "ok" as const }),
  );

  app.get(
    "/ready",
    {
      schema: {
        tags: ["health"],
        summary: "PostgreSQL, Redis and Meilisearch are reachable",
        description: "503 names each dependency that did not answer.",
        response: {
          200: z.object({ status: z.literal("ready"), checks: z.record(z.string(), z.literal("ok")) }),
        },
      },
    },
    async (request, reply) => {
      const checks = {
        postgres: () => deps.database.ping(),
        redis: async () => {
          await deps.redis.ping();
        },
        meilisearch: () => deps.search.ping(),
      };
      const results = await Promise.allSettled(
        Object.values(checks).map((check) => withTimeout(check(), checkTimeoutMs)),
      );
      const names = Object.keys(checks);
      const failing = names.filter((_, i) => results[i]?.status === "rejected");
      if (failing.length > 0) {
        request.log.warn({ failing }, "not ready");
        return sendProblem(request, reply, "service_unavailable", `Not reachable: ${failing.join(", ")}`);
      }
      return { status: "ready" as const, checks: Object.fromEntries(names.map((n) => [n, "ok" as const])) };
    },
  );
}
