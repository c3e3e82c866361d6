export type {
  BuyerRequestActivity,
  DigestActivity,
  DigestWindow,
  MatchedSupplier,
  NearMissedRequest,
  ReceivedQuote,
  RequestOpportunity,
  SupplierActivity,
} from "./digest-activity.js";
export { describeNearMissGroup, matchWhyLine } from "./digest-lines.js";
export {
  type DigestDay,
  type DigestPeriod,
  digestDays,
  digestPeriod,
  dueDigestDays,
  isDigestDue,
  isKnownTimeZone,
  isoWeekKey,
} from "./digest-week.js";
export {
  certificationWarningDays,
  type DigestLimits,
  type DigestSelection,
  defaultDigestLimits,
  type ExpiringCertification,
  type SelectedBuyerRequest,
  type SelectedSupplier,
  selectDigest,
} from "./select-digest.js";
