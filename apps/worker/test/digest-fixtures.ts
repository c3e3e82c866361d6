// A marketplace for the digest tests, written in bulk: buyers with an open request each, suppliers with a profile
// each, and stored matches between them whose explanations come from the real scoring function. Quiet buyers
// have a request nobody matched: they must get no digest.

import { randomUUID } from "node:crypto";
import { type Database, schema } from "@ketnoi/db";
import { type Language, type MatchCandidate, type MatchRequest, scoreMatch } from "@ketnoi/domain";

export interface Person {
  userId: string;
  email: string;
  name: string;
  language: Language;
  organizationId: string;
}

interface SupplierPerson extends Person {
  supplierId: string;
}

export interface DigestMarketplace {
  buyers: (Person & { requestId: string })[];
  quietBuyers: (Person & { requestId: string })[];
  suppliers: SupplierPerson[];
  /** Everyone who has something new this week. */
  withNews: Set<string>;
}

const kmPerDegree = 111.195;
const vsip = { lat: 10.93, lng: 106.71 };
const cartonRequest: MatchRequest = {
  categories: ["packaging.corrugated-cartons"],
  requiredCertifications: [],
  delivery: vsip,
  maxDistanceKm: 40,
  quantity: { value: 20_000, unit: "cartons" },
  neededBy: "2027-06-30",
};
const cartonMaker: MatchCandidate = {
  id: "fixture",
  categories: ["packaging.corrugated-cartons"],
  certifications: [{ code: "iso-9001" }],
  lat: vsip.lat + 12 / kmPerDegree,
  lng: vsip.lng,
  deliveryRadiusKm: null,
  monthlyCapacity: { value: 80_000, unit: "cartons" },
  moq: null,
  leadTimeDays: 10,
  verified: true,
  textRelevance: 0.9,
  matchedTerms: [],
};
const today = new Date().toISOString().slice(0, 10);
const goodMatch = scoreMatch(cartonRequest, cartonMaker, { today });
const fscNearMiss = scoreMatch({ ...cartonRequest, requiredCertifications: ["fsc"] }, cartonMaker, {
  today,
});

async function insertChunked<T>(
  rows: T[],
  insert: (chunk: T[]) => Promise<unknown>,
  size = 500,
): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

async function insertPeople(
  db: Database,
  label: string,
  count: number,
  role: "buyer" | "supplier",
  verified = true,
): Promise<Person[]> {
  const people: Person[] = Array.from({ length: count }, (_, i) => ({
    userId: randomUUID(),
    email: `${label}-${i}@digest.example.vn`,
    name: i % 2 === 0 ? `Nguyễn Văn ${label} ${i}` : `Alex ${label} ${i}`,
    language: i % 2 === 0 ? "vi" : "en",
    organizationId: randomUUID(),
  }));
  await insertChunked(people, (chunk) =>
    db
      .insert(schema.organizations)
      .values(
        chunk.map((p) => ({ id: p.organizationId, name: `Công ty TNHH ${label} ${p.email}`, roles: [role] })),
      ),
  );
  await insertChunked(people, (chunk) =>
    db.insert(schema.users).values(
      chunk.map((p) => ({
        id: p.userId,
        email: p.email,
        name: p.name,
        passwordHash: "x",
        language: p.language,
        emailVerifiedAt: verified ? new Date() : null,
      })),
    ),
  );
  await insertChunked(people, (chunk) =>
    db
      .insert(schema.memberships)
      .values(
        chunk.map((p) => ({ organizationId: p.organizationId, userId: p.userId, role: "owner" as const })),
      ),
  );
  return people;
}

async function insertRequests(db: Database, people: Person[]): Promise<(Person & { requestId: string })[]> {
  const withRequests = people.map((p) => ({ ...p, requestId: randomUUID() }));
  await insertChunked(withRequests, (chunk) =>
    db.insert(schema.sourcingRequests).values(
      chunk.map((p, i) => ({
        id: p.requestId,
        organizationId: p.organizationId,
        createdByUserId: p.userId,
        title: `Thùng carton 5 lớp đợt ${i + 1}`,
        categories: ["packaging.corrugated-cartons"],
        specification: { text: "" },
        quantity: { value: 20_000, unit: "cartons" },
        recurrence: "one_off" as const,
        lat: vsip.lat,
        lng: vsip.lng,
        province2025: "Ho Chi Minh City",
        neededBy: "2027-06-30",
        quoteDeadline: new Date(Date.now() + 14 * 24 * 3_600_000),
        status: "open" as const,
        publishedAt: new Date(),
      })),
    ),
  );
  return withRequests;
}

/**
 * Matches request i to `perRequest` suppliers in turn (from `offset`); the last of each request's is a near miss
 * (the request needs FSC) unless `allMatches`.
 */
export async function matchRequests(
  db: Database,
  requests: { requestId: string }[],
  suppliers: { supplierId: string }[],
  perRequest: number,
  options: { offset?: number; allMatches?: boolean } = {},
): Promise<void> {
  const offset = options.offset ?? 0;
  const rows = requests.flatMap((request, i) =>
    Array.from({ length: perRequest }, (_, t) => {
      const supplier = suppliers[(i * perRequest + t + offset) % suppliers.length] as { supplierId: string };
      const result = t === perRequest - 1 && !options.allMatches ? fscNearMiss : goodMatch;
      return {
        requestId: request.requestId,
        supplierId: supplier.supplierId,
        requestVersion: 1,
        verdict: result.verdict === "match" ? ("match" as const) : ("near_miss" as const),
        score: result.score,
        explanation: result.explanation,
        components: result.components,
      };
    }),
  );
  await insertChunked(rows, (chunk) => db.insert(schema.requestMatches).values(chunk).onConflictDoNothing());
}

export async function seedDigestMarketplace(
  db: Database,
  sizes: { buyers: number; quietBuyers: number; suppliers: number; matchesPerRequest: number },
): Promise<DigestMarketplace> {
  const buyers = await insertRequests(db, await insertPeople(db, "buyer", sizes.buyers, "buyer"));
  const quietBuyers = await insertRequests(db, await insertPeople(db, "quiet", sizes.quietBuyers, "buyer"));
  const supplierPeople = await insertPeople(db, "supplier", sizes.suppliers, "supplier");
  const suppliers: SupplierPerson[] = supplierPeople.map((p) => ({ ...p, supplierId: randomUUID() }));
  await insertChunked(suppliers, (chunk) =>
    db.insert(schema.suppliers).values(
      chunk.map((s, i) => ({
        id: s.supplierId,
        organizationId: s.organizationId,
        legalName: `Công ty TNHH Bao Bì ${i}`,
        taxCode: String(3_000_000_000 + i),
        categories: ["packaging.corrugated-cartons"],
        certifications: [{ code: "iso-9001" }],
        languages: ["vi"],
        lat: cartonMaker.lat,
        lng: cartonMaker.lng,
        province2025: "Ho Chi Minh City",
      })),
    ),
  );
  await matchRequests(db, buyers, suppliers, sizes.matchesPerRequest);
  const matchedSuppliers = new Set<string>();
  buyers.forEach((_, i) => {
    for (let t = 0; t < sizes.matchesPerRequest; t++) {
      matchedSuppliers.add(
        (suppliers[(i * sizes.matchesPerRequest + t) % suppliers.length] as SupplierPerson).userId,
      );
    }
  });
  const withNews = new Set<string>([
    // A buyer's news needs at least one real match (near misses are the supplier's business).
    ...(sizes.matchesPerRequest > 1 ? buyers.map((b) => b.userId) : []),
    ...matchedSuppliers,
  ]);
  return { buyers, quietBuyers, suppliers, withNews };
}

/** People the digest must leave out: unverified addresses. */
export async function insertUnverifiedBuyer(db: Database): Promise<Person> {
  const [person] = await insertPeople(db, "unverified", 1, "buyer", false);
  if (!person) throw new Error("no person inserted");
  return person;
}
