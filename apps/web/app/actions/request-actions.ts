"use server";
// The buyer's writes on its requests, and the lookups the request form makes while the buyer types. Every call
// goes to the API as the logged-in person; the API decides what they may do.
import type { components } from "@ketnoi/api-client";
import { getCategory } from "@ketnoi/domain/taxonomy";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { api } from "../../lib/api";
import { webConfig } from "../../lib/config";
import { formStateFromProblem } from "../../lib/forms/api-problems";
import type { FormState } from "../../lib/forms/form-state";
import type { Locale } from "../../lib/i18n/locales";
import { postedLocale } from "../../lib/locale-of-request";
import {
  checkRequestForm,
  deadlineTime,
  flattenRequestForm,
  postedRequestForm,
  type RequestBody,
  requestFormField,
} from "../../lib/request-form";
import { callAsPerson } from "../../lib/session/web-session";

type Problem = components["schemas"]["Problem"];

async function loggedOut(here: string, locale: Locale): Promise<never> {
  redirect(`/${locale}/login?${new URLSearchParams({ returnTo: here })}`);
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The API's refusal with each field path turned into the input it belongs to. */
function placedProblem(problem: Problem | undefined): Problem | undefined {
  if (!problem?.errors) return problem;
  return {
    ...problem,
    errors: problem.errors.map((error) => ({
      ...error,
      field: requestFormField(error.field) ?? error.field,
    })),
  };
}

const formFields = [
  "title",
  "description",
  "categories",
  "quantityValue",
  "quantityUnit",
  "certifications",
  "zone",
  "maxDistanceKm",
  "neededBy",
  "quoteDeadline",
];
const identity = Object.fromEntries(formFields.map((name) => [name, name]));

/** A zone named in words when the browser could not pick one (no JavaScript): the best match of the API's. */
async function zoneNamed(query: string): Promise<{ id: string; name: string } | undefined> {
  if (!query) return undefined;
  const answer = await api().GET("/v1/zones", { params: { query: { q: query.slice(0, 100), limit: 1 } } });
  const zone = answer.data?.items[0];
  return zone ? { id: zone.id, name: zone.nameVi } : undefined;
}

/** The refusals the request page explains next to its files; anything else is said generically. */
const attachmentCodes = new Set(["file_type_unsupported", "file_too_large", "file_empty"]);

/**
 * Sends the files chosen on the form to the saved request, one by one, as the request page's upload does. Stops
 * at the first refusal and names it; the files before it stay attached, the rest can be added on the page.
 */
async function attachFiles(requestId: string, files: File[]): Promise<string | undefined> {
  for (const file of files) {
    const answer = await callAsPerson(async (headers) => {
      const body = new FormData();
      body.append("file", file, file.name);
      const response = await fetch(
        `${webConfig().API_URL}/v1/requests/${encodeURIComponent(requestId)}/attachments?for=request`,
        { method: "POST", headers, body },
      );
      return { response };
    });
    if (!answer) return "failed";
    if (!answer.response.ok) {
      const problem = (await answer.response.json().catch(() => ({}))) as {
        code?: string;
        errors?: { code?: string }[];
      };
      const code = problem.errors?.[0]?.code ?? problem.code ?? "";
      return attachmentCodes.has(code) ? code : "failed";
    }
  }
  return undefined;
}

/**
 * Creates a request (draft or published) or changes one. An open request takes only what the API lets it change
 * (details, categories, dates); the rest of its form is shown but not sent.
 */
export async function saveRequest(_previous: FormState, form: FormData): Promise<FormState> {
  const locale = await postedLocale(form.get("locale"));
  const requestId = String(form.get("requestId") ?? "");
  const status = String(form.get("status") ?? "");
  const publish = form.get("intent") === "publish";
  const here = requestId && uuidPattern.test(requestId) ? `/requests/${requestId}/edit` : "/requests/new";
  const values = postedRequestForm(form);
  const files = form
    .getAll("files")
    .filter((entry): entry is File => typeof entry !== "string" && entry.size > 0);
  if (!values.zoneId && values.zoneQuery) {
    const zone = await zoneNamed(values.zoneQuery);
    if (zone) Object.assign(values, { zoneId: zone.id, zoneName: zone.name });
  }
  // The form comes back with the names of the categories it had, found or inferred while typing.
  const typed = {
    ...flattenRequestForm(values),
    categoryNames: JSON.stringify(values.categories.flatMap((code) => categoryChoice(code) ?? [])),
    // A browser cannot be handed files back: the form asks for them again.
    ...(files.length > 0 ? { attachmentsChosen: String(files.length) } : {}),
  };
  const openEdit = requestId !== "" && status === "open";
  const checked = checkRequestForm(values, locale);
  const fieldErrors = openEdit
    ? Object.fromEntries(
        Object.entries(checked.fieldErrors).filter(([name]) =>
          ["description", "neededBy", "quoteDeadline"].includes(name),
        ),
      )
    : checked.fieldErrors;
  if (Object.keys(fieldErrors).length > 0 || (!openEdit && !checked.body)) {
    return { status: "error", values: typed, fieldErrors };
  }

  let saved: { id: string } | undefined;
  if (!requestId) {
    const key = String(form.get("idempotencyKey") ?? "");
    const body = checked.body as RequestBody;
    const answer = await callAsPerson((headers) =>
      api().POST("/v1/requests", {
        headers: { ...headers, ...(key ? { "idempotency-key": key } : {}) },
        body: { ...body, specification: { text: "" }, publish },
      }),
    );
    if (!answer) return loggedOut(here, locale);
    if (!answer.data) {
      return formStateFromProblem(placedProblem(answer.error), locale, identity, typed, answer.response);
    }
    saved = answer.data;
  } else {
    if (!uuidPattern.test(requestId)) return { status: "error", values: typed, fieldErrors: {} };
    const body = checked.body;
    const change =
      openEdit || !body
        ? {
            description: values.description,
            categories: values.categories,
            neededBy: values.neededBy,
            quoteDeadline: `${values.quoteDeadline}${deadlineTime}`,
          }
        : {
            ...body,
            monthlyVolume: body.monthlyVolume ?? null,
            ...(publish ? { status: "open" as const } : {}),
          };
    const answer = await callAsPerson((headers) =>
      api().PATCH("/v1/requests/{id}", { headers, params: { path: { id: requestId } }, body: change }),
    );
    if (!answer) return loggedOut(here, locale);
    if (!answer.data) {
      return formStateFromProblem(placedProblem(answer.error), locale, identity, typed, answer.response);
    }
    saved = answer.data;
  }
  revalidatePath("/requests");
  // Only now, with the request saved, do its files go up: none is ever stored without its request.
  const refused = files.length > 0 ? await attachFiles(saved.id, files) : undefined;
  if (refused)
    redirect(`/requests/${saved.id}?${new URLSearchParams({ attachmentError: refused })}#attachments`);
  redirect(files.length > 0 ? `/requests/${saved.id}?attached=1` : `/requests/${saved.id}`);
}

/** Publishes a draft as it is (the request page's button). */
export async function publishRequest(form: FormData): Promise<void> {
  const locale = await postedLocale(form.get("locale"));
  const requestId = String(form.get("requestId") ?? "");
  if (!uuidPattern.test(requestId)) redirect("/requests");
  const answer = await callAsPerson((headers) =>
    api().PATCH("/v1/requests/{id}", {
      headers,
      params: { path: { id: requestId } },
      body: { status: "open" },
    }),
  );
  if (!answer) return loggedOut(`/requests/${requestId}`, locale);
  // A refusal (a date passed since the draft was saved, no category readable) is fixed in the form.
  if (!answer.data) redirect(`/requests/${requestId}/edit`);
  revalidatePath(`/requests/${requestId}`);
  redirect(`/requests/${requestId}`);
}

export interface InferredCategory {
  code: string;
  nameVi: string;
  nameEn: string;
  terms: string[];
  publishedWith: boolean;
}

/** What the title and description name, read as publishing reads them (for the form, while typing). */
export async function inferCategoriesFor(title: string, description: string): Promise<InferredCategory[]> {
  const answer = await api().POST("/v1/categories/infer", {
    body: { title: String(title).slice(0, 200), description: String(description).slice(0, 5000) },
  });
  return answer.data?.items ?? [];
}

export interface CategoryChoice {
  code: string;
  nameVi: string;
  nameEn: string;
}

function categoryChoice(code: string): CategoryChoice | undefined {
  const category = getCategory(code);
  return category ? { code, nameVi: category.nameVi, nameEn: category.nameEn } : undefined;
}

export async function findCategories(query: string): Promise<CategoryChoice[]> {
  const q = String(query).trim().slice(0, 100);
  if (!q) return [];
  const answer = await api().GET("/v1/categories", { params: { query: { q, limit: 8 } } });
  return (answer.data?.matches ?? []).map(({ code, nameVi, nameEn }) => ({ code, nameVi, nameEn }));
}

export interface ZoneChoice {
  id: string;
  nameVi: string;
  nameEn: string;
  province2025: string;
  formerProvince: string;
}

/**
 * Zones by name ("song than", "VSIP"), and the zones of a province when the words name one, the former provinces
 * included ("Bình Dương", "binh duong"): the API answers an unknown province with a 400, which means "none".
 */
export async function findZones(query: string): Promise<ZoneChoice[]> {
  const q = String(query).trim().slice(0, 100);
  if (q.length < 2) return [];
  const [byName, byProvince] = await Promise.all([
    api().GET("/v1/zones", { params: { query: { q, limit: 8 } } }),
    api().GET("/v1/zones", { params: { query: { province: q, limit: 8 } } }),
  ]);
  const seen = new Set<string>();
  return [...(byName.data?.items ?? []), ...(byProvince.data?.items ?? [])]
    .filter((zone) => !seen.has(zone.id) && seen.add(zone.id))
    .slice(0, 10)
    .map(({ id, nameVi, nameEn, province2025, formerProvince }) => ({
      id,
      nameVi,
      nameEn,
      province2025,
      formerProvince,
    }));
}

/** Adds a quote to the private shortlist, or takes it off. */
export async function shortlistQuote(form: FormData): Promise<void> {
  const locale = await postedLocale(form.get("locale"));
  const requestId = String(form.get("requestId") ?? "");
  const responseId = String(form.get("responseId") ?? "");
  if (!uuidPattern.test(requestId) || !uuidPattern.test(responseId)) redirect("/requests");
  const here = `/requests/${requestId}/quotes`;
  const answer = await callAsPerson((headers) =>
    api().PUT("/v1/requests/{id}/quotes/{responseId}/shortlist", {
      headers,
      params: { path: { id: requestId, responseId } },
      body: { shortlisted: form.get("shortlisted") === "true" },
    }),
  );
  if (!answer) return loggedOut(here, locale);
  revalidatePath(here);
  redirect(here);
}

/**
 * Awards the request to one quote, with the buyer's reason if given (the other quoting suppliers read it); every
 * quoting supplier is told by the API. A refusal (awarded meanwhile, closed) comes back as a notice on the page.
 */
export async function awardQuote(form: FormData): Promise<void> {
  const locale = await postedLocale(form.get("locale"));
  const requestId = String(form.get("requestId") ?? "");
  const responseId = String(form.get("responseId") ?? "");
  if (!uuidPattern.test(requestId) || !uuidPattern.test(responseId)) redirect("/requests");
  const here = `/requests/${requestId}/quotes`;
  const key = String(form.get("idempotencyKey") ?? "");
  const reason = String(form.get("reason") ?? "")
    .trim()
    .slice(0, 1000);
  const answer = await callAsPerson((headers) =>
    api().POST("/v1/requests/{id}/award", {
      headers: { ...headers, ...(key ? { "idempotency-key": key } : {}) },
      params: { path: { id: requestId } },
      body: { responseId, ...(reason ? { reason } : {}) },
    }),
  );
  if (!answer) return loggedOut(here, locale);
  if (!answer.data) redirect(`${here}?awardFailed=1`);
  revalidatePath(here);
  redirect(`/requests/${requestId}`);
}

/** Why an invitation was refused, as the pages name it next to the form. */
export type InviteError = "limit" | "closed" | "supplier" | "failed";

function inviteErrorOf(status: number): InviteError {
  if (status === 429) return "limit";
  if (status === 409) return "closed";
  if (status === 400) return "supplier";
  return "failed";
}

/**
 * Invites a supplier to quote on one of the organisation's requests, from the request page (a match or near miss)
 * or from the supplier's directory profile; back to where it was asked, with the outcome. Inviting again is
 * harmless: the API answers with the invitation made before and sends nothing.
 */
export async function inviteSupplierToQuote(form: FormData): Promise<void> {
  const locale = await postedLocale(form.get("locale"));
  const requestId = String(form.get("requestId") ?? "");
  const supplierId = String(form.get("supplierId") ?? "");
  const fromProfile = form.get("from") === "supplier";
  if (!uuidPattern.test(supplierId)) redirect("/requests");
  const back = (query: Record<string, string>) =>
    fromProfile
      ? `/${locale}/suppliers/${supplierId}?${new URLSearchParams(query)}#invite`
      : `/requests/${requestId}?${new URLSearchParams(query)}#invitations`;
  // No request picked in the profile's form: said next to the picker.
  if (!uuidPattern.test(requestId)) redirect(back({ inviteError: "supplier" }));
  const key = String(form.get("idempotencyKey") ?? "");
  const answer = await callAsPerson((headers) =>
    api().POST("/v1/requests/{id}/invitations", {
      headers: { ...headers, ...(key ? { "idempotency-key": key } : {}) },
      params: { path: { id: requestId } },
      body: { supplierId },
    }),
  );
  if (!answer)
    return loggedOut(fromProfile ? `/${locale}/suppliers/${supplierId}` : `/requests/${requestId}`, locale);
  if (!answer.data) redirect(back({ inviteError: inviteErrorOf(answer.response.status) }));
  revalidatePath(`/requests/${requestId}`);
  redirect(back(fromProfile ? { invited: requestId } : { invited: supplierId }));
}
