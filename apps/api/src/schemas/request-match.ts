import { responseOutcomes } from "@ketnoi/domain";
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
      buyer: z
        .object({ organizationId: z.string(), name: z.string() })
        .nullable()
        .describe("null when the buyer chose not to show its name"),
      quantity: z.object({ value: z.number(), unit: z.string() }),
      neededBy: z.string(),
      quoteDeadline: z.string(),
    }),
    verdict,
    score: z.number(),
    distanceKm: z.number(),
    reasons: z.array(z.string()),
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
  })
  .meta({ id: "SupplierMatch" });

export const supplierMatchListSchema = z.object({ items: z.array(supplierMatchSchema) });
