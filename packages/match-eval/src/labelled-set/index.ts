// The labelled matching set as one list of suppliers and one of requests. The evaluation date is fixed so that
// certificate expiry (some have expired, some expire in 2027) judges the same way every day the suite runs.

import { hardMetalElectronicsTextileRequests } from "./requests-hard-metal-electronics-textile.js";
import { hardPackagingPlasticsRequests } from "./requests-hard-packaging-plastics.js";
import { metalElectronicsTextileRequests } from "./requests-metal-electronics-textile.js";
import { packagingAndPlasticsRequests } from "./requests-packaging-plastics.js";
import { electronicsSuppliers } from "./suppliers-electronics.js";
import { metalSuppliers } from "./suppliers-metal.js";
import { moreElectronicsTextileSuppliers } from "./suppliers-more-electronics-textile.js";
import { moreMetalSuppliers } from "./suppliers-more-metal.js";
import { moreMixedSuppliers } from "./suppliers-more-mixed.js";
import { morePackagingSuppliers } from "./suppliers-more-packaging.js";
import { morePlasticsSuppliers } from "./suppliers-more-plastics.js";
import { packagingSuppliers } from "./suppliers-packaging.js";
import { plasticsSuppliers } from "./suppliers-plastics.js";
import { textileSuppliers } from "./suppliers-textile.js";
import type { LabelledRequest, LabelledSupplier } from "./types.js";

export type {
  Judgments,
  LabelledRequest,
  LabelledSupplier,
  RelevanceGrade,
  RequestWriting,
} from "./types.js";

/** The day the judgments were made for: certificates are valid or expired as of this instant. */
export const evaluationDate = new Date("2026-11-02T02:00:00.000Z");

export const labelledSuppliers: readonly LabelledSupplier[] = [
  ...packagingSuppliers,
  ...plasticsSuppliers,
  ...metalSuppliers,
  ...electronicsSuppliers,
  ...textileSuppliers,
  ...morePackagingSuppliers,
  ...moreMetalSuppliers,
  ...morePlasticsSuppliers,
  ...moreElectronicsTextileSuppliers,
  ...moreMixedSuppliers,
];

export const labelledRequests: readonly LabelledRequest[] = [
  ...packagingAndPlasticsRequests,
  ...metalElectronicsTextileRequests,
  ...hardPackagingPlasticsRequests,
  ...hardMetalElectronicsTextileRequests,
];

/**
 * The held-out third: every third request in the order above (positions 2, 5, 8, …), fixed when the set grew to
 * 80+ requests and before any matching change was measured on it. Matching is tuned on the rest only; both splits
 * are reported.
 */
export function requestSplit(request: LabelledRequest): "tuning" | "held-out" {
  const index = labelledRequests.indexOf(request);
  if (index < 0) throw new Error(`request ${request.key} is not in the labelled set`);
  return index % 3 === 2 ? "held-out" : "tuning";
}
