export {
  explainMatch,
  explainMatchFacts,
  type MatchFact,
  type MatchFactKind,
  type MatchLanguage,
} from "./explain-match.js";
export { focusWithinGroups } from "./focus-categories.js";
export {
  type DistanceSensitivity,
  distanceSensitivity,
  distanceWeightFactor,
  halfValueDistanceKm,
} from "./goods-bulk.js";
export { itemPartOfTitle } from "./item-words.js";
export { matchReachKm } from "./match-reach.js";
export {
  type MatchedOpenRequest,
  type MissedRequestsSummary,
  type RequestGap,
  type RequestGapKind,
  type SupplierStatedFigures,
  summariseMissedRequests,
} from "./missed-requests.js";
export { groupNearMissReasons, type NearMissReasonCount, rankMatches } from "./rank-matches.js";
export { mayFitByWordsAlone, needExceedsMostCapacities, scoreMatch } from "./score-match.js";
export { statedSpecialisms } from "./stated-specialisms.js";
export {
  foldSupplierText,
  queryWordKeys,
  type SupplierText,
  supplierWordKeys,
  supplierWords,
  textRelevance,
} from "./text-relevance.js";
export type {
  ExclusionReason,
  MatchCandidate,
  MatchComponent,
  MatchComponentName,
  MatchExplanation,
  MatchOptions,
  MatchQuantity,
  MatchRequest,
  MatchResult,
  MatchVerdict,
  NearMissReason,
  RankedMatch,
} from "./types.js";
export { matchWeights } from "./weights.js";
