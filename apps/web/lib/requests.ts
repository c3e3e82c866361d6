// The buyer's requests as the pages read them: each call goes to the API as the logged-in person, and the API
// decides what they may see ("not yours" is a 404, which the pages show as not found).
import type { components } from "@ketnoi/api-client";
import { notFound } from "next/navigation";
import { cache } from "react";
import { api } from "./api";
import { callAsPerson } from "./session/web-session";

export type SourcingRequest = components["schemas"]["SourcingRequest"];
export type RequestMatch = components["schemas"]["RequestMatch"];
export type RequestStatus = SourcingRequest["status"];
export type QuoteComparison = components["schemas"]["RequestQuoteComparison"];

export const requestStatuses: readonly RequestStatus[] = [
  "draft",
  "open",
  "awarded",
  "expired",
  "closed",
  "cancelled",
];

export const isRequestStatus = (value: string | undefined): value is RequestStatus =>
  (requestStatuses as readonly string[]).includes(value ?? "");

/** The API's answer, or a 404 page when it says "not found" (or "not yours"); an error page for anything else. */
function found<T>(answer: { data?: T; response: Response } | undefined): T {
  if (answer?.data !== undefined) return answer.data;
  if (!answer || answer.response.status === 404 || answer.response.status === 400) notFound();
  throw new Error(`API answered ${answer.response.status}`);
}

export const requestsPageSize = 20;

export async function organizationRequests(filter: { status?: RequestStatus; page: number }) {
  const answer = await callAsPerson((headers) =>
    api().GET("/v1/requests", {
      headers,
      params: {
        query: {
          ...(filter.status ? { status: filter.status } : {}),
          limit: requestsPageSize,
          offset: (filter.page - 1) * requestsPageSize,
        },
      },
    }),
  );
  return found(answer);
}

/** One request of the person's organisation (shared by a page and its metadata within one render). */
export const requestById = cache(async (id: string): Promise<SourcingRequest> => {
  const answer = await callAsPerson((headers) =>
    api().GET("/v1/requests/{id}", { headers, params: { path: { id } } }),
  );
  return found(answer);
});

/** Matches first, then near misses, best score first. */
export const matchesOf = cache(async (id: string): Promise<RequestMatch[]> => {
  const answer = await callAsPerson((headers) =>
    api().GET("/v1/requests/{id}/matches", {
      headers,
      params: { path: { id }, query: { includeNearMisses: "true" } },
    }),
  );
  return found(answer).items;
});

export type RequestInvitation = components["schemas"]["RequestInvitation"];

/** The suppliers the buyer invited to quote, newest first, with what each did. */
export const invitationsOf = cache(async (id: string): Promise<RequestInvitation[]> => {
  const answer = await callAsPerson((headers) =>
    api().GET("/v1/requests/{id}/invitations", { headers, params: { path: { id } } }),
  );
  return found(answer).items;
});

/** The organisation's open requests a supplier can be invited to (the directory's "invite to quote"). */
export async function openRequestsForInvitation() {
  const answer = await callAsPerson((headers) =>
    api().GET("/v1/requests", { headers, params: { query: { status: "open", limit: 50, offset: 0 } } }),
  );
  return answer?.data?.items ?? [];
}

export async function quotesOf(id: string): Promise<QuoteComparison> {
  const answer = await callAsPerson((headers) =>
    api().GET("/v1/requests/{id}/quotes", { headers, params: { path: { id }, query: {} } }),
  );
  return found(answer);
}

export type Certification = components["schemas"]["Certification"];

/** The certifications a request may ask for; the same for everyone, so kept for the process's life. */
let certificationList: Promise<Certification[]> | undefined;
export function certifications(): Promise<Certification[]> {
  if (!certificationList) {
    certificationList = api()
      .GET("/v1/certifications")
      .then((answer) => {
        if (!answer.data) throw new Error(`API answered ${answer.response.status}`);
        return answer.data.items;
      });
    certificationList.catch(() => {
      certificationList = undefined;
    });
  }
  return certificationList;
}

const nearMissReasons = [
  "certification_missing",
  "certification_expired",
  "too_far",
  "capacity_too_small",
  "moq_above_quantity",
] as const;
export type NearMissReason = (typeof nearMissReasons)[number];

/** What a near miss lacks, from the API's language-neutral explanation (unknown reasons are left out). */
export function nearMissReasonsOf(match: RequestMatch): NearMissReason[] {
  const reasons = match.explanation.nearMissReasons;
  if (!Array.isArray(reasons)) return [];
  return reasons.filter((reason): reason is NearMissReason =>
    (nearMissReasons as readonly unknown[]).includes(reason),
  );
}

export type Attachment = components["schemas"]["Attachment"];

/** The files of a request the person may see, each with a fresh signed download link. */
export async function attachmentsOf(id: string): Promise<Attachment[]> {
  const answer = await callAsPerson((headers) =>
    api().GET("/v1/requests/{id}/attachments", { headers, params: { path: { id } } }),
  );
  return found(answer).items;
}

export type Award = components["schemas"]["Award"];

/** The award of a request, with both sides' contacts (for the buyer and the winner only). */
export const awardOf = cache(async (id: string): Promise<Award> => {
  const answer = await callAsPerson((headers) =>
    api().GET("/v1/requests/{id}/award", { headers, params: { path: { id } } }),
  );
  return found(answer);
});
