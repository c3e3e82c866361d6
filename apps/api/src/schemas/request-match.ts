import { responseOutcomes, sourcingRequestStatuses } from "@ketnoi/domain";
import { z } from "zod";

const verdict = z.enum(["match", "near_miss"]);

const requestMatchSchema = z
  .object({
    supplier: z.object({
      id: z.string(),
      legalName: z.string(),
      tradeName: z.string().nullable(),
      zoneId: z.string().nullable(),
      zoneName: z.string().nullable(),
      province2025: z.string(),
      verified: z.boolean(),
    }),
    verdict,
    score: z.number().describe("0–100"),
    explanation: z
      .record(z.string(), z.unknown())
      .describe("The language-neutral facts behind the score (category fit, certifications, distance…)"),
    reasons: z.array(z.string()).describe("The explanation as short lines in the caller's language"),
    requestVersion: z.number().describe("The request version these results were computed for"),
  })
  .meta({ id: "RequestMatch" });

export const requestMatchListSchema = z.object({ items: z.array(requestMatchSchema) });

const supplierMatchSchema = z
  .object({
    request: z.object({
      id: z.string(),
      title: z.string(),
      status: z
        .enum(sourcingRequestStatuses)
        .describe("`open` in the list; the single match shows it later too"),
      buyer: z
        .object({ organizationId: z.string(), name: z.string() })
        .nullable()
        .describe("null when the buyer chose not to show its name"),
      quantity: z.object({ value: z.number(), unit: z.string() }),
      neededBy: z.string(),
      quoteDeadline: z.string(),
    }),
    verdict: z
      .enum(["match", "near_miss", "invited"])
      .describe("`invited`: matching did not find the supplier, a buyer invited it (score 0, no reasons)"),
    score: z.number(),
    distanceKm: z.number(),
    reasons: z.array(z.string()),
    invitedAt: z
      .string()
      .nullable()
      .describe("When the buyer invited the supplier to quote; null when it was not invited"),
    state: z
      .enum(["new", "seen", "quoted", "declined"])
      .describe(
        "`new` until someone of the supplier opened the request (PUT …/seen), then `seen`, or the answer",
      ),
    seenAt: z.string().nullable().describe("When the supplier first opened the request"),
    unreadMessages: z
      .number()
      .int()
      .describe("Messages from the buyer in the supplier's thread on the request that it has not read"),
    response: z
      .object({
        id: z.string(),
        kind: z.enum(["quote", "decline"]),
        outcome: z.enum(responseOutcomes),
        revision: z.number(),
      })
      .nullable()
      .describe("The supplier's own answer, null before it answered"),
    buyerAwardRate: z
      .object({
        awarded: z.number(),
        ended: z.number().describe("Published requests that ended: awarded, closed, expired or cancelled"),
        rate: z.number().nullable().describe("awarded / ended; null before the buyer ended a request"),
      })
      .describe("How often this buyer actually awards"),
    buyerMedianAwardDays: z
      .number()
      .nullable()
      .describe(
        "Median days from quote deadline to award over the buyer's awarded requests; null before one",
      ),
  })
  .meta({ id: "SupplierMatch" });

export const supplierMatchListSchema = z.object({ items: z.array(supplierMatchSchema) });
export { supplierMatchSchema };

export const supplierMatchParams = z.object({
  id: z.uuid("must be a UUID"),
  requestId: z.uuid("must be a UUID"),
});

const quantity = z.object({ value: z.number(), unit: z.string() });

export const missedRequestsSchema = z
  .object({
    openRequests: z.number().describe("Open requests the supplier matched or nearly matched"),
    requestsWithGaps: z.number().describe("Of those, the requests with at least one gap"),
    gaps: z.array(
      z.discriminatedUnion("kind", [
        z.object({
          kind: z.literal("certification_missing"),
          code: z.string(),
          name: z.string(),
          requests: z.number(),
        }),
        z.object({
          kind: z.literal("certification_expired"),
          code: z.string(),
          name: z.string(),
          requests: z.number(),
        }),
        z.object({
          kind: z.literal("capacity_too_small"),
          requests: z.number(),
          stated: quantity,
          largestNeed: quantity,
        }),
        z.object({
          kind: z.literal("capacity_other_unit"),
          requests: z.number(),
          stated: quantity,
          units: z.array(z.string()),
        }),
        z.object({
          kind: z.literal("moq_above_quantity"),
          requests: z.number(),
          stated: quantity,
          smallestQuantity: quantity,
        }),
        z.object({
          kind: z.literal("lead_time_too_long"),
          requests: z.number(),
          statedDays: z.number(),
          longestDaysAvailable: z.number(),
        }),
        z.object({
          kind: z.literal("outside_delivery_radius"),
          requests: z.number(),
          statedKm: z.number(),
          farthestKm: z.number(),
        }),
        z.object({ kind: z.literal("capacity_unknown"), requests: z.number() }),
        z.object({ kind: z.literal("lead_time_unknown"), requests: z.number() }),
      ]),
    ),
  })
  .meta({ id: "MissedRequests" });
