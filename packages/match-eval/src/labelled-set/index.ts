// The labelled matching set as one list of suppliers and one of requests. The evaluation date is fixed so that
// certificate expiry (some have expired, some expire in 2027) judges the same way every day the suite runs.

import { metalElectronicsTextileRequests } from "./requests-metal-electronics-textile.js";
import { packagingAndPlasticsRequests } from "./requests-packaging-plastics.js";
import { electronicsSuppliers } from "./suppliers-electronics.js";
import { metalSuppliers } from "./suppliers-metal.js";
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
];

export const labelledRequests: readonly LabelledRequest[] = [
  ...packagingAndPlasticsRequests,
  ...metalElectronicsTextileRequests,
];
