// Puts the labelled set into a database the way the product would hold it: suppliers through the same profile
// schema and column mapping as the API (with their search-outbox rows, so the index sync picks them up), and each
// request as an open row at version 1 with the categories publishing would give it.
import {
  accountRepository,
  type Database,
  getZone,
  listZones,
  type SourcingRequest,
  sourcingRequestRepository,
  supplierRepository,
} from "@ketnoi/db";
import { type DemoZone, supplierRowFromProfile, taxCodeCheckDigit } from "@ketnoi/demo-data";
import {
  categoriesFromInference,
  hcmcDate,
  inferRequestCategories,
  supplierProfileInputSchema,
} from "@ketnoi/domain";
import { type LabelledRequest, labelledSuppliers } from "./labelled-set/index.js";

const dayMs = 86_400_000;

/**
 * A valid tax code (MST) for the i-th labelled supplier, under the HCMC prefix, in a sequence block the demo-data
 * generator never uses (its blocks start at 100000), so the set can sit next to generated suppliers.
 */
export function labelledTaxCode(index: number): string {
  for (let sequence = index * 10; sequence < index * 10 + 10; sequence++) {
    const firstNine = `0309${String(sequence).padStart(5, "0")}`;
    const check = taxCodeCheckDigit(firstNine);
    if (check !== undefined) return `${firstNine}${check}`;
  }
  throw new Error(`no valid tax code in block ${index}`);
}

async function zonesById(db: Database): Promise<Map<string, DemoZone>> {
  const { items } = await listZones(db, { limit: 1000, offset: 0 });
  return new Map(
    items.map(({ id, lat, lng, province2025, formerProvince }) => [
      id,
      { id, lat, lng, province2025, formerProvince },
    ]),
  );
}

/** Inserts every labelled supplier; returns supplier id by labelled key. Needs the zones reference data loaded. */
export async function insertLabelledSuppliers(db: Database): Promise<Map<string, string>> {
  const zones = await zonesById(db);
  const ids = new Map<string, string>();
  await db.transaction(async (tx) => {
    for (const [index, { key, verified, ...raw }] of labelledSuppliers.entries()) {
      const profile = supplierProfileInputSchema.parse({ ...raw, taxCode: labelledTaxCode(index) });
      const created = await supplierRepository.createSupplier(tx, {
        ...supplierRowFromProfile(profile, zones),
        verificationStatus: verified ? "verified" : "unverified",
      });
      ids.set(key, created.id);
    }
  });
  return ids;
}

/** A buyer organisation with an owner who cannot log in: enough to own requests written straight to the database. */
export async function createEvaluationBuyer(
  db: Database,
  name = "Công ty TNHH Đánh Giá Ghép Nối",
): Promise<string> {
  const { organization } = await db.transaction((tx) =>
    accountRepository.createOrganizationWithOwner(tx, {
      organization: { name, roles: ["buyer"] },
      owner: {
        email: `buyer.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}@match-eval.example.vn`,
        name: "Người Mua Đánh Giá",
        passwordHash: "not-a-password-hash",
        language: "vi",
      },
    }),
  );
  return organization.id;
}

/** The categories a published request ends up with: the buyer's, or else those inferred from what they wrote. */
export function publishedCategories(request: LabelledRequest): {
  codes: string[];
  inferred: ReturnType<typeof inferRequestCategories>;
} {
  const inferred = inferRequestCategories(request.title, request.description);
  const codes = request.categories ?? categoriesFromInference(request.title, inferred);
  if (codes.length === 0) throw new Error(`request ${request.key}: no categories chosen and none inferred`);
  return { codes, inferred };
}

function datesFrom(request: LabelledRequest, now: Date): { neededBy: string; quoteDeadline: Date } {
  // The quote deadline sits halfway to the needed-by date (at least a day out), as buyers tend to set it.
  const quoteDays = Math.max(1, Math.floor(request.neededInDays / 2));
  return {
    neededBy: hcmcDate(new Date(now.getTime() + request.neededInDays * dayMs)),
    quoteDeadline: new Date(now.getTime() + quoteDays * dayMs),
  };
}

/** Writes the request as published at `now`: status open, version 1. */
export async function publishLabelledRequest(
  db: Database,
  request: LabelledRequest,
  options: { organizationId: string; now: Date },
): Promise<SourcingRequest> {
  const zone = await getZone(db, request.delivery.zoneId);
  if (!zone) throw new Error(`request ${request.key}: unknown zone ${request.delivery.zoneId}`);
  const { codes, inferred } = publishedCategories(request);
  const { neededBy, quoteDeadline } = datesFrom(request, options.now);
  return db.transaction((tx) =>
    sourcingRequestRepository.createSourcingRequest(tx, {
      organizationId: options.organizationId,
      title: request.title,
      description: request.description,
      categories: codes,
      inferredCategories: inferred,
      specification: request.specification,
      quantity: request.quantity,
      recurrence: request.monthlyVolume ? "recurring" : "one_off",
      monthlyVolume: request.monthlyVolume ?? null,
      requiredCertifications: request.requiredCertifications ?? [],
      zoneId: zone.id,
      lat: zone.lat,
      lng: zone.lng,
      province2025: zone.province2025,
      formerProvince: zone.formerProvince,
      maxDistanceKm: request.delivery.maxDistanceKm,
      neededBy,
      quoteDeadline,
      status: "open",
      publishedAt: options.now,
    }),
  );
}

/** The same request as a `POST /v1/requests` body that publishes at once. */
export function labelledRequestBody(request: LabelledRequest, now: Date): Record<string, unknown> {
  const { neededBy, quoteDeadline } = datesFrom(request, now);
  return {
    title: request.title,
    description: request.description,
    ...(request.categories ? { categories: request.categories } : {}),
    specification: request.specification,
    quantity: request.quantity,
    recurrence: request.monthlyVolume ? "recurring" : "one_off",
    ...(request.monthlyVolume ? { monthlyVolume: request.monthlyVolume } : {}),
    requiredCertifications: request.requiredCertifications ?? [],
    delivery: request.delivery,
    neededBy,
    quoteDeadline: quoteDeadline.toISOString(),
    publish: true,
  };
}
