// Scores one matcher's rankings against the labelled set: per request and as means, so two matchers can be
// printed side by side.
import type { LabelledRequest } from "./labelled-set/index.js";
import { mean, ndcgAt, precisionAt } from "./metrics.js";

export interface RequestEvaluation {
  request: string;
  ndcgAt10: number;
  precisionAt5: number;
  /** Suppliers of another trade (not judged at all) among the first three, in rank order. */
  otherTradesInTop3: string[];
  returned: number;
}

export interface EvaluationSummary {
  requests: RequestEvaluation[];
  meanNdcgAt10: number;
  meanPrecisionAt5: number;
}

/** `rankedKeys`: supplier keys of the labelled set, best first. */
export function evaluateRanking(request: LabelledRequest, rankedKeys: readonly string[]): RequestEvaluation {
  return {
    request: request.key,
    ndcgAt10: ndcgAt(10, rankedKeys, request.judgments),
    precisionAt5: precisionAt(5, rankedKeys, request.judgments),
    otherTradesInTop3: rankedKeys.slice(0, 3).filter((key) => !(key in request.judgments)),
    returned: rankedKeys.length,
  };
}

export function summariseEvaluations(requests: RequestEvaluation[]): EvaluationSummary {
  return {
    requests,
    meanNdcgAt10: mean(requests.map((r) => r.ndcgAt10)),
    meanPrecisionAt5: mean(requests.map((r) => r.precisionAt5)),
  };
}

/** The best P@k any ranking could reach on a request: fewer than k relevant suppliers caps it below 1. */
export function idealPrecisionAt(k: number, request: LabelledRequest): number {
  const relevant = Object.values(request.judgments).filter((grade) => grade >= 1).length;
  return Math.min(relevant, k) / k;
}
