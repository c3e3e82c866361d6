// The supplier's workspace as the pages read it: the caller's own supplier profile, its matched requests and
// what it misses, all asked of the API as the logged-in person (the API answers 404 for anyone else's).
import type { components } from "@ketnoi/api-client";
import { api } from "./api";
import { daysBetween } from "./calendar";
import { callAsPerson } from "./session/web-session";

export type SupplierMatch = components["schemas"]["SupplierMatch"];
export type MissedRequests = components["schemas"]["MissedRequests"];
export type RequestGap = MissedRequests["gaps"][number];

/** The supplier profile of the person's organisation, or undefined when it has none. */
export async function ownSupplierProfile() {
  const answer = await callAsPerson((headers) =>
    api().GET("/v1/suppliers", { headers, params: { query: { mine: "true", limit: 1 } } }),
  );
  return answer?.data?.items[0];
}

/** Whole days from now until the deadline in Ho Chi Minh City; negative once it passed. */
export function daysUntil(deadline: string, now = new Date()): number {
  return daysBetween(now, new Date(deadline));
}
