export {
  type BaselineFolding,
  type BaselineIndexStats,
  prepareBaselineIndex,
} from "./baseline/baseline-index.js";
export {
  type BaselineMatch,
  type BaselineRequest,
  baselineWeights,
  matchWithBaseline,
} from "./baseline/baseline-matcher.js";
export { baselineQueryWords, orTsquery } from "./baseline/baseline-query.js";
export {
  type LabelledCategoryName,
  labelledCategoryNames,
  type ResolutionAccuracy,
  resolutionAccuracy,
} from "./category-names/index.js";
export {
  type EvaluationSummary,
  evaluateRanking,
  idealPrecisionAt,
  type RequestEvaluation,
  summariseEvaluations,
} from "./evaluate.js";
export * from "./labelled-set/index.js";
export {
  createEvaluationBuyer,
  insertLabelledSuppliers,
  labelledRequestBody,
  labelledTaxCode,
  publishedCategories,
  publishLabelledRequest,
} from "./load-labelled-set.js";
export { mean, ndcgAt, precisionAt } from "./metrics.js";
