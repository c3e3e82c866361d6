// The Postgres-only baseline matcher: the same candidates as the product's matcher (active suppliers in the
// requested categories, a group including its members, within twice the buyer's distance (or the largest limit a
// buyer may set, when it set none), never the buyer's own
// organisation), ranked by one SQL query that blends full-text relevance, distance and required certificates.
// No Meilisearch, no scoring code: what a team would build first with Postgres alone.
import type { Database } from "@ketnoi/db";
import { expandCategoryCodes, hcmcDate, matchReachKm, maxDeliveryDistanceKm } from "@ketnoi/domain";
import { sql } from "drizzle-orm";
import { type BaselineQueryInput, baselineQueryWords, orTsquery } from "./baseline-query.js";

export interface BaselineRequest extends BaselineQueryInput {
  organizationId: string;
  lat: number;
  lng: number;
  maxDistanceKm: number | null;
  requiredCertifications: readonly string[];
}

export interface BaselineMatch {
  supplierId: string;
  /** 0–1 blend; see `baselineWeights`. */
  score: number;
  textRank: number;
  distanceKm: number;
}

/**
 * Text decides most, as with a search box; distance next, since buyers in the zones care where goods come from;
 * required certificates last, as a tie-breaker between otherwise equal suppliers. Chosen once, before looking at
 * the labelled set, and not tuned on it.
 */
export const baselineWeights = { text: 0.6, distance: 0.25, certifications: 0.15 } as const;

const defaultLimit = 100;
const earthRadiusKm = 6371.0088;

/** A bound text[] parameter (drizzle would otherwise spread a JS array into a list of parameters). */
const textArray = (values: readonly string[]) => sql`${sql.param([...values])}::text[]`;

/** Ranks suppliers for a request; needs `prepareBaselineIndex` to have run on this database. */
export async function matchWithBaseline(
  db: Database,
  request: BaselineRequest,
  options: { now: Date; limit?: number },
): Promise<BaselineMatch[]> {
  const codes = expandCategoryCodes(request.categories).codes;
  if (codes.length === 0) return [];
  const query = orTsquery(baselineQueryWords(request));
  // The same reach as the product's matcher, so "slightly too far" still shows; without a limit, the farthest a
  // buyer may name (what a first build would do, as the web form once did).
  const reachKm = matchReachKm(request.maxDistanceKm) ?? maxDeliveryDistanceKm;
  const required = [...new Set(request.requiredCertifications)];
  const today = hcmcDate(options.now);
  const { text, distance, certifications } = baselineWeights;
  // Haversine in SQL; a latitude band first lets Postgres skip most rows before the trigonometry.
  const latBand = reachKm / 111;
  const rows = await db.execute<{
    supplier_id: string;
    score: number;
    text_rank: number;
    distance_km: number;
  }>(sql`
    with candidates as (
      select s.id as supplier_id,
        ts_rank(d.document, to_tsquery('simple', ${query})) as text_rank,
        2 * ${earthRadiusKm}::float8 * asin(least(1, sqrt(
          power(sin(radians(s.lat - ${request.lat}::float8) / 2), 2)
          + cos(radians(${request.lat}::float8)) * cos(radians(s.lat)) * power(sin(radians(s.lng - ${request.lng}::float8) / 2), 2)
        ))) as distance_km,
        case when cardinality(${textArray(required)}) = 0 then 1.0 else (
          select count(*) from unnest(${textArray(required)}) as r(code)
          where exists (
            select 1 from jsonb_array_elements(s.certifications) as c
            where c->>'code' = r.code and (c->>'expiresOn' is null or c->>'expiresOn' >= ${today}::text)
          )
        )::float8 / cardinality(${textArray(required)}) end as certificate_share
      from match_baseline_documents d
      join suppliers s on s.id = d.supplier_id
      where d.categories && ${textArray(codes)}
        and s.status = 'active'
        and s.organization_id is distinct from ${request.organizationId}::uuid
        and s.lat between ${request.lat - latBand}::float8 and ${request.lat + latBand}::float8
    ),
    reachable as (
      select *, max(text_rank) over () as best_rank from candidates where distance_km <= ${reachKm}::float8
    )
    select supplier_id, text_rank, distance_km,
      ${text}::float8 * coalesce(text_rank / nullif(best_rank, 0), 0)
        + ${distance}::float8 * greatest(0, 1 - distance_km / ${reachKm}::float8)
        + ${certifications}::float8 * certificate_share as score
    from reachable
    order by score desc, supplier_id
    limit ${options.limit ?? defaultLimit}::int`);
  return rows.map((row) => ({
    supplierId: row.supplier_id,
    score: Number(row.score),
    textRank: Number(row.text_rank),
    distanceKm: Number(row.distance_km),
  }));
}
