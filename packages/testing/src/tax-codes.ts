// Valid Vietnamese tax codes for tests: a province prefix, a sequence, and the MST check digit.
const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/** The n-th valid tax code under a province prefix ("03" is Ho Chi Minh City). Distinct n, distinct codes. */
export function taxCode(n: number, province = "03"): string {
  for (let sequence = n * 3 + 1; ; sequence++) {
    const first9 = `${province}${String(sequence).padStart(7, "0")}`;
    const sum = [...first9].reduce((acc, digit, i) => acc + Number(digit) * (weights[i] ?? 0), 0) % 11;
    // A remainder of 0 would need check digit 10: no valid code has this prefix; take the next sequence.
    if (sum !== 0) return `${first9}${10 - sum}`;
  }
}
