// Ranking-quality metrics over graded judgments. Ids missing from the judgments count as grade 0.

type Grades = Readonly<Record<string, number>>;

const gradeOf = (judgments: Grades, id: string): number => judgments[id] ?? 0;

/** Exponential gain, so a highly relevant supplier (2 → 3) is worth three acceptable ones (1 → 1). */
const gain = (grade: number): number => 2 ** grade - 1;

/** Position i (0-based) is discounted by log2(i + 2): the first result counts fully, the second by 1/1.585… */
const discount = (position: number): number => 1 / Math.log2(position + 2);

function dcg(grades: readonly number[], k: number): number {
  let sum = 0;
  for (let i = 0; i < Math.min(k, grades.length); i++) sum += gain(grades[i] ?? 0) * discount(i);
  return sum;
}

/**
 * Normalised discounted cumulative gain of the first `k` ranked ids: the ranking's DCG divided by the DCG of the
 * best possible ordering of every judged id (so relevant suppliers the ranking missed lower the score). 0 when
 * nothing is judged relevant, since no ranking can then be better than another.
 */
export function ndcgAt(k: number, rankedIds: readonly string[], judgments: Grades): number {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer, got ${k}`);
  const ideal = dcg(
    Object.values(judgments).sort((a, b) => b - a),
    k,
  );
  if (ideal === 0) return 0;
  return (
    dcg(
      rankedIds.map((id) => gradeOf(judgments, id)),
      k,
    ) / ideal
  );
}

/**
 * Share of the first `k` positions holding a supplier of grade 1 or more. Always divided by `k`: a ranking that
 * returns fewer than `k` suppliers, or a request with fewer than `k` relevant ones, cannot reach 1.
 */
export function precisionAt(k: number, rankedIds: readonly string[], judgments: Grades): number {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`k must be a positive integer, got ${k}`);
  const relevant = rankedIds.slice(0, k).filter((id) => gradeOf(judgments, id) >= 1).length;
  return relevant / k;
}

export function mean(values: readonly number[]): number {
  return values.length === 0 ? Number.NaN : values.reduce((sum, v) => sum + v, 0) / values.length;
}
