// Vietnamese tax codes (MST): 10 digits for an enterprise, 10 + 3 for a branch; the 10th digit is a check digit.
// Validation is stdnum's, a maintained implementation of the official algorithm.
import { stdnum } from "stdnum";

const mst = (() => {
  const validator = stdnum.VN?.mst;
  if (!validator) throw new Error("stdnum has no Vietnamese MST validator");
  return validator;
})();

export type TaxCodeResult =
  | { valid: true; compact: string; formatted: string }
  | { valid: false; reason: string; detail: string };

export function parseTaxCode(input: string): TaxCodeResult {
  const result = mst.validate(input.trim());
  if (!result.isValid) {
    const reason = result.error?.message ?? "is not a valid Vietnamese tax code";
    return {
      valid: false,
      reason: `is not a valid Vietnamese tax code (MST): ${reason.toLowerCase()}`,
      detail: reason.toLowerCase(),
    };
  }
  return { valid: true, compact: result.compact, formatted: mst.format(result.compact) };
}

export function formatTaxCode(compact: string): string {
  return mst.format(compact);
}
