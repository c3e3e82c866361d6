// The request's message threads as the pages read them, as the logged-in person: the API decides which threads
// they reach (a supplier its own; "not yours" is a 404, shown as not found).
import type { components } from "@ketnoi/api-client";
import { notFound } from "next/navigation";
import { api } from "./api";
import { callAsPerson } from "./session/web-session";

export type Thread = components["schemas"]["Thread"];
export type ThreadSummary = components["schemas"]["ThreadSummary"];
export type ThreadMessage = components["schemas"]["ThreadMessage"];

/** The request's threads with their unread counts; none when the API refuses (the page shows the rest). */
export async function threadsOf(requestId: string): Promise<{ items: ThreadSummary[]; unread: number }> {
  const answer = await callAsPerson((headers) =>
    api().GET("/v1/requests/{id}/threads", { headers, params: { path: { id: requestId } } }),
  );
  return answer?.data ?? { items: [], unread: 0 };
}

/** One thread, read (the API marks it read for the person's side). */
export async function threadOf(requestId: string, supplierId: string): Promise<Thread> {
  const answer = await callAsPerson((headers) =>
    api().GET("/v1/requests/{id}/threads/{supplierId}", {
      headers,
      params: { path: { id: requestId, supplierId } },
    }),
  );
  if (answer?.data) return answer.data;
  if (!answer || answer.response.status === 404 || answer.response.status === 400) notFound();
  throw new Error(`API answered ${answer.response.status}`);
}
