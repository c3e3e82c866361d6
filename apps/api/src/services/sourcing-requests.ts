// Turning validated request input into stored columns and stored rows into what each reader may see.
import type { SourcingRequest, SourcingRequestChanges } from "@ketnoi/db";
import {
  DomainError,
  getCategory,
  type InferredCategory,
  publishingCategories,
  type RequestEditRefusal,
  type RuleIssue,
  resolveCertification,
  type SourcingRequestInput,
} from "@ketnoi/domain";
import type { SourcingRequestView } from "../schemas/sourcing-request.js";
import type { ResolvedLocation } from "./supplier-profiles.js";
import type { ZoneDirectory } from "./zone-directory.js";

function invalidFields(fields: { field: string; message: string }[]): DomainError {
  return new DomainError("validation_failed", "Your request has invalid fields", fields);
}

const bodyFields = (issues: RuleIssue[]) =>
  issues.map((issue) => ({ field: ["body", ...issue.path].join("."), message: issue.message }));

/** Throws the cross-field and deadline problems as a 400 naming `body.<field>`. */
export function rejectRuleIssues(issues: RuleIssue[]): void {
  if (issues.length === 0) return;
  throw invalidFields(bodyFields(issues));
}

/** The categories a request is published with: the buyer's, or else the inferred ones; never none. */
export function categoriesForPublishing(
  chosen: string[],
  title: string,
  inferred: readonly InferredCategory[],
): string[] {
  const published = publishingCategories(chosen, title, inferred);
  if (!published.ok) throw invalidFields(bodyFields([published.issue]));
  return published.categories;
}

/** A refused edit as the 409 (status or field out of bounds) or 400 (rules broken) naming `body.<field>`. */
export function refusedEdit(refusal: RequestEditRefusal): DomainError {
  return refusal.code === "conflict"
    ? new DomainError("conflict", refusal.message, bodyFields(refusal.issues))
    : invalidFields(bodyFields(refusal.issues));
}

export function deliveryColumns(location: ResolvedLocation, maxDistanceKm: number | null) {
  return {
    zoneId: location.zoneId,
    lat: location.lat,
    lng: location.lng,
    province2025: location.province2025,
    formerProvince: location.formerProvince,
    maxDistanceKm,
  };
}

type RequestFields = Partial<Omit<SourcingRequestInput, "delivery" | "monthlyVolume" | "targetPrice">> & {
  monthlyVolume?: SourcingRequestInput["monthlyVolume"] | null;
  targetPrice?: SourcingRequestInput["targetPrice"] | null;
};

/** The columns a create or a patch sets, delivery aside. Only fields present in the input are returned. */
export function requestColumns(input: RequestFields): SourcingRequestChanges {
  const changes: SourcingRequestChanges = {};
  const set = <K extends keyof SourcingRequestChanges>(
    key: K,
    value: SourcingRequestChanges[K] | undefined,
  ) => {
    if (value !== undefined) changes[key] = value;
  };
  set("title", input.title);
  set("description", input.description);
  set("categories", input.categories);
  set("specification", input.specification);
  set("quantity", input.quantity);
  set("recurrence", input.recurrence);
  set("monthlyVolume", input.monthlyVolume);
  set("targetPrice", input.targetPrice);
  set("requiredCertifications", input.requiredCertifications);
  set("neededBy", input.neededBy);
  set("quoteDeadline", input.quoteDeadline === undefined ? undefined : new Date(input.quoteDeadline));
  set("referenceLinks", input.referenceLinks);
  set("showBuyerName", input.showBuyerName);
  return changes;
}

const categoryView = (code: string) => {
  const category = getCategory(code);
  return { code, nameVi: category?.nameVi ?? code, nameEn: category?.nameEn ?? code };
};

/**
 * `asMember`: the buyer organisation sees everything. Others see the buyer only if it chose to be named, and
 * then not who wrote it; an anonymous request's point is blurred to about a kilometre, since an exact point
 * outside a zone would name the factory anyway.
 */
export function sourcingRequestView(
  request: SourcingRequest,
  zones: ZoneDirectory,
  options: { asMember: boolean; buyerName: string | null },
): SourcingRequestView {
  const zone = request.zoneId ? zones.get(request.zoneId) : undefined;
  const named = options.asMember || request.showBuyerName;
  const blur = (value: number) => (named ? value : Math.round(value * 100) / 100);
  return {
    id: request.id,
    buyer: named ? { organizationId: request.organizationId, name: options.buyerName ?? "" } : null,
    showBuyerName: request.showBuyerName,
    createdByUserId: options.asMember ? request.createdByUserId : null,
    title: request.title,
    description: request.description,
    categories: request.categories.map(categoryView),
    inferredCategories: request.inferredCategories.map((c) => ({ ...categoryView(c.code), terms: c.terms })),
    specification: request.specification,
    quantity: request.quantity,
    recurrence: request.recurrence,
    monthlyVolume: request.monthlyVolume ?? null,
    targetPrice: request.targetPrice ?? null,
    requiredCertifications: request.requiredCertifications.map((code) => ({
      code,
      name: resolveCertification(code)?.name ?? code,
    })),
    delivery: {
      zoneId: request.zoneId,
      zoneNameVi: zone?.nameVi ?? null,
      zoneNameEn: zone?.nameEn ?? null,
      province2025: request.province2025,
      formerProvince: request.formerProvince,
      lat: blur(request.lat),
      lng: blur(request.lng),
      maxDistanceKm: request.maxDistanceKm,
    },
    neededBy: request.neededBy,
    quoteDeadline: request.quoteDeadline.toISOString(),
    referenceLinks: request.referenceLinks,
    status: request.status,
    version: request.version,
    publishedAt: request.publishedAt?.toISOString() ?? null,
    closedAt: request.closedAt?.toISOString() ?? null,
    createdAt: request.createdAt.toISOString(),
    updatedAt: request.updatedAt.toISOString(),
  };
}
