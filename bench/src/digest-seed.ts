// The weekly digest benchmark's marketplace, written with set-based SQL: half the recipients are buyers with an
// open request matched to three suppliers (two matches, one near miss), some with a quote; the other half are
// suppliers with a profile, some with a certificate about to expire. Ids derive from the row number, so the
// statements can join rows without shipping ids back and forth.
import type { Database } from "@ketnoi/db";
import { type MatchCandidate, type MatchRequest, scoreMatch } from "@ketnoi/domain";
import { sql } from "drizzle-orm";

const kmPerDegree = 111.195;
const vsip = { lat: 10.93, lng: 106.71 };

function explanations() {
  const request: MatchRequest = {
    categories: ["packaging.corrugated-cartons"],
    requiredCertifications: ["iso-9001"],
    delivery: vsip,
    maxDistanceKm: 40,
    quantity: { value: 20_000, unit: "cartons" },
    neededBy: "2027-06-30",
  };
  const supplier: MatchCandidate = {
    id: "bench",
    categories: ["packaging.corrugated-cartons"],
    certifications: [{ code: "iso-9001" }],
    lat: vsip.lat + 14 / kmPerDegree,
    lng: vsip.lng,
    deliveryRadiusKm: 60,
    monthlyCapacity: { value: 80_000, unit: "cartons" },
    moq: { value: 1_000, unit: "cartons" },
    leadTimeDays: 10,
    verified: true,
    textRelevance: 0.9,
    matchedTerms: ["thùng carton"],
  };
  const today = new Date().toISOString().slice(0, 10);
  return {
    match: scoreMatch(request, supplier, { today }),
    nearMiss: scoreMatch({ ...request, requiredCertifications: ["iso-9001", "fsc"] }, supplier, { today }),
  };
}

/** A version-4-shaped UUID from the row number: the API and jobs validate UUIDs strictly. */
const id = (kind: string, n: ReturnType<typeof sql>) => {
  const hash = sql`md5(${`kn-bench-${kind}-`}::text || ${n})`;
  return sql`(substr(${hash}, 1, 8) || '-' || substr(${hash}, 9, 4) || '-4' || substr(${hash}, 14, 3) || '-8' || substr(${hash}, 18, 3) || '-' || substr(${hash}, 21, 12))::uuid`;
};

export async function seedDigestMarketplace(db: Database, recipients: number): Promise<void> {
  const buyers = Math.floor(recipients / 2);
  const { match, nearMiss } = explanations();
  const i = sql.raw("i");
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      insert into organizations (id, name, roles)
      select ${id("org", i)}, 'Công ty TNHH Bench ' || i,
        case when i <= ${buyers} then '{buyer}'::organization_role[] else '{supplier}'::organization_role[] end
      from generate_series(1, ${recipients}) i`);
    await tx.execute(sql`
      insert into users (id, email, name, password_hash, language, email_verified_at)
      select ${id("user", i)}, 'digest-' || i || '@bench-example.vn', 'Người Nhận ' || i, 'x',
        (case when i % 2 = 0 then 'vi' else 'en' end)::language, now()
      from generate_series(1, ${recipients}) i`);
    await tx.execute(sql`
      insert into memberships (id, organization_id, user_id, role)
      select gen_random_uuid(), ${id("org", i)}, ${id("user", i)}, 'owner'
      from generate_series(1, ${recipients}) i`);
    await tx.execute(sql`
      insert into sourcing_requests (id, organization_id, created_by_user_id, title, categories, specification,
        quantity, recurrence, lat, lng, province_2025, needed_by, quote_deadline, status, published_at)
      select ${id("request", i)}, ${id("org", i)}, ${id("user", i)}, 'Thùng carton 5 lớp, lô ' || i,
        '{packaging.corrugated-cartons}', '{"text": ""}', '{"value": 20000, "unit": "cartons"}', 'one_off',
        ${vsip.lat}, ${vsip.lng}, 'Ho Chi Minh City', '2027-06-30', now() + interval '14 days', 'open', now()
      from generate_series(1, ${buyers}) i`);
    await tx.execute(sql`
      insert into suppliers (id, organization_id, legal_name, tax_code, categories, certifications, languages,
        lat, lng, province_2025)
      select ${id("supplier", i)}, ${id("org", i)}, 'Công ty TNHH Bao Bì Bench ' || i, '88' || lpad(i::text, 11, '0'),
        '{packaging.corrugated-cartons}',
        case when i % 10 = 0
          then jsonb_build_array(jsonb_build_object('code', 'iso-9001', 'expiresOn', to_char(now() + interval '20 days', 'YYYY-MM-DD')))
          else '[{"code": "iso-9001"}]'::jsonb end,
        '{vi}', ${vsip.lat + 14 / kmPerDegree}, ${vsip.lng}, 'Ho Chi Minh City'
      from generate_series(${buyers + 1}::int, ${recipients}::int) i`);
    // Request r matches suppliers s(r, 0..2) spread over all suppliers; created during the past six days.
    const supplierNumber = sql`(${buyers + 1}::int + ((r * 3 + t) % ${recipients - buyers}::int))`;
    await tx.execute(sql`
      insert into request_matches (id, request_id, supplier_id, request_version, verdict, score, explanation,
        components, created_at, updated_at)
      select gen_random_uuid(), ${id("request", sql.raw("r"))}, ${id("supplier", supplierNumber)}, 1,
        case when t < 2 then 'match' else 'near_miss' end,
        case when t < 2 then ${match.score}::float8 else ${nearMiss.score}::float8 end,
        case when t < 2 then ${JSON.stringify(match.explanation)}::jsonb else ${JSON.stringify(nearMiss.explanation)}::jsonb end,
        case when t < 2 then ${JSON.stringify(match.components)}::jsonb else ${JSON.stringify(nearMiss.components)}::jsonb end,
        now() - (((r * 7 + t) % 144) || ' hours')::interval, now()
      from generate_series(1, ${buyers}) r, generate_series(0, 2) t
      on conflict do nothing`);
    // Every fifth request has a quote from its first supplier.
    await tx.execute(sql`
      insert into request_responses (id, request_id, supplier_id, kind, unit_price_amount, currency, lead_time_days,
        valid_until, created_at, updated_at, first_responded_at)
      select gen_random_uuid(), ${id("request", sql.raw("r"))}, ${id("supplier", sql`(${buyers + 1}::int + ((r * 3) % ${recipients - buyers}::int))`)},
        'quote', 12500, 'VND', 10, '2027-01-31', now() - interval '1 hour', now() - interval '1 hour', now() - interval '1 hour'
      from generate_series(5, ${buyers}, 5) r
      on conflict do nothing`);
  });
  await db.execute(sql`analyze`);
}
