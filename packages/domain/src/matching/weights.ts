import type { MatchComponentName } from "./types.js";

/**
 * How much each component counts towards the 0–100 score; they sum to 1.
 *
 * Why these numbers: making the right thing (category fit) and the search engine's reading of the request (text
 * relevance) decide most of a match, because a supplier of the wrong product is useless however close or quick.
 * Certifications and distance come next: buyers in the industrial zones filter on both, and each is also a hard
 * requirement handled as a near miss. Capacity, MOQ and lead time are often negotiable and often missing from
 * profiles, so they refine rather than decide. Verification and responsiveness are tie-breakers: they should lift
 * a trustworthy supplier above an equal one, never above a better fit.
 */
export const matchWeights: Readonly<Record<MatchComponentName, number>> = {
  text_relevance: 0.2,
  category_fit: 0.25,
  certification_coverage: 0.15,
  distance: 0.15,
  capacity: 0.1,
  moq: 0.05,
  lead_time: 0.05,
  verification: 0.03,
  responsiveness: 0.02,
};
