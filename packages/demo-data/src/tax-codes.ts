// Valid, unique Vietnamese tax codes (MST) for generated suppliers: 2-digit province code, 7-digit sequence,
// check digit. The check digit follows stdnum's vn/mst (weights 31…3, modulus 11, check = 10 − sum mod 11),
// which @ketnoi/domain's parseTaxCode validates with.
import { mix32, type Random } from "./random.js";

const checkWeights = [31, 29, 23, 19, 17, 13, 7, 5, 3] as const;

/** Province codes of the MST, by the province names used in the zones reference data. */
export const taxProvinceCodes: Readonly<Record<string, string>> = {
  HCMC: "03",
  "Ho Chi Minh City": "03",
  "Binh Duong": "37",
  "Dong Nai": "36",
  "Ba Ria-Vung Tau": "35",
  "Long An": "11",
  "Tay Ninh": "39",
  "Binh Phuoc": "38",
};

/**
 * The check digit for the first nine digits, or undefined when there is none: a remainder of 0 would need
 * "10", so no valid code starts with those nine digits.
 */
export function taxCodeCheckDigit(firstNine: string): number | undefined {
  if (!/^\d{9}$/.test(firstNine)) throw new RangeError(`expected nine digits, got "${firstNine}"`);
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (firstNine.charCodeAt(i) - 48) * (checkWeights[i] as number);
  const remainder = sum % 11;
  return remainder === 0 ? undefined : 10 - remainder;
}

/** Each supplier owns a block of ten sequences; the block count bounds how many suppliers one seed can make. */
const blockCount = 900_000;
const firstBlock = 100_000;
// Prime and coprime with blockCount, so index → block is a permutation: codes look scattered yet never repeat.
const blockStride = 7_919;

export const maxGeneratedSuppliers = blockCount;

/**
 * A valid tax code for supplier `index`, unique among all indexes of one seed whatever the province: the
 * index picks a block of ten sequences of its own, and the last sequence digit is chosen inside the block so
 * that a check digit exists (changing that digit moves the weighted sum by 3, never by a multiple of 11).
 */
export function taxCodeFor(index: number, seed: number, provinceCode: string, random: Random): string {
  if (!Number.isInteger(index) || index < 0 || index >= blockCount) {
    throw new RangeError(`supplier index must be in [0, ${blockCount}), got ${index}`);
  }
  const block = firstBlock + ((index * blockStride + (mix32(seed) % blockCount)) % blockCount);
  let lastDigit = random.int(0, 9);
  let firstNine = `${provinceCode}${block}${lastDigit}`;
  let check = taxCodeCheckDigit(firstNine);
  if (check === undefined) {
    lastDigit = (lastDigit + 1) % 10;
    firstNine = `${provinceCode}${block}${lastDigit}`;
    check = taxCodeCheckDigit(firstNine) as number;
  }
  return `${firstNine}${check}`;
}
