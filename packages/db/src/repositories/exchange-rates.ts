// Admin-kept reference rates (dong per unit of a currency, by date) that quote comparisons convert with.
import type { ReferenceRate } from "@ketnoi/domain";
import { desc, sql } from "drizzle-orm";
import type { Executor, Transaction } from "../client.js";
import { exchangeRates } from "../schema/index.js";

/** Sets the rate of a currency for a date; setting the same date again replaces it. */
export async function setExchangeRate(
  tx: Transaction,
  input: { currency: string; rateDate: string; vndPerUnit: number; userId: string },
): Promise<ReferenceRate> {
  const [row] = await tx
    .insert(exchangeRates)
    .values({
      currency: input.currency,
      rateDate: input.rateDate,
      vndPerUnit: input.vndPerUnit,
      setByUserId: input.userId,
    })
    .onConflictDoUpdate({
      target: [exchangeRates.currency, exchangeRates.rateDate],
      set: { vndPerUnit: input.vndPerUnit, setByUserId: input.userId, createdAt: sql`now()` },
    })
    .returning();
  if (!row) throw new Error("exchange rate upsert returned no row");
  return { currency: row.currency, rateDate: row.rateDate, vndPerUnit: row.vndPerUnit };
}

/** Every stored rate, newest date first within each currency. */
export async function listExchangeRates(db: Executor): Promise<ReferenceRate[]> {
  const rows = await db
    .select({
      currency: exchangeRates.currency,
      rateDate: exchangeRates.rateDate,
      vndPerUnit: exchangeRates.vndPerUnit,
    })
    .from(exchangeRates)
    .orderBy(exchangeRates.currency, desc(exchangeRates.rateDate))
    .limit(2000);
  return rows;
}

/** The latest rate on or before `onDate` of each currency. */
export async function latestExchangeRates(db: Executor, onDate: string): Promise<Map<string, ReferenceRate>> {
  const rows = await db
    .selectDistinctOn([exchangeRates.currency], {
      currency: exchangeRates.currency,
      rateDate: exchangeRates.rateDate,
      vndPerUnit: exchangeRates.vndPerUnit,
    })
    .from(exchangeRates)
    .where(sql`${exchangeRates.rateDate} <= ${onDate}`)
    .orderBy(exchangeRates.currency, desc(exchangeRates.rateDate));
  return new Map(rows.map((row) => [row.currency, row]));
}
