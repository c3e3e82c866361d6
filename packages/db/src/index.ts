export * from "./client.js";
export * from "./migrate.js";
export * from "./query-errors.js";
export * as accountRepository from "./repositories/accounts.js";
export type { Attachment, NewAttachment } from "./repositories/attachments.js";
export * as attachmentRepository from "./repositories/attachments.js";
export * as digestActivityRepository from "./repositories/digest-activity.js";
export type {
  DigestDelivery,
  DigestDeliveryWithRecipient,
  PlannedDigests,
} from "./repositories/digest-ledger.js";
export * as digestLedger from "./repositories/digest-ledger.js";
export * as digestRecipientRepository from "./repositories/digest-recipients.js";
export * as exchangeRateRepository from "./repositories/exchange-rates.js";
export type {
  IdempotencyCaller,
  IdempotencyClaim,
  IdempotencyCompletion,
  IdempotencyKey,
  StoredResponse,
} from "./repositories/idempotency-keys.js";
export * as idempotencyKeyRepository from "./repositories/idempotency-keys.js";
export * as invitationRepository from "./repositories/invitations.js";
export type { OutboxJob } from "./repositories/job-outbox.js";
export * as jobOutboxRepository from "./repositories/job-outbox.js";
export type { MessageThread, ThreadMessage, ThreadSummary } from "./repositories/message-threads.js";
export * as messageThreadRepository from "./repositories/message-threads.js";
export type { NotificationDelivery } from "./repositories/notification-ledger.js";
export * as notificationLedger from "./repositories/notification-ledger.js";
export * as notificationPreferenceRepository from "./repositories/notification-preferences.js";
export type { NotificationRecipient } from "./repositories/notification-recipients.js";
export * as notificationRecipientRepository from "./repositories/notification-recipients.js";
export type { QuoteSubject } from "./repositories/notification-subjects.js";
export * as notificationSubjectRepository from "./repositories/notification-subjects.js";
export type {
  AdminAction,
  ClaimStatus,
  SupplierClaim,
  VerificationRequest,
  VerificationRequestStatus,
} from "./repositories/onboarding.js";
export * as onboardingRepository from "./repositories/onboarding.js";
export type { ErasureOutcome, PersonalData } from "./repositories/personal-data.js";
export * as personalDataRepository from "./repositories/personal-data.js";
export type { RequestInvitation } from "./repositories/request-invitations.js";
export * as requestInvitationRepository from "./repositories/request-invitations.js";
export type { RequestMatch, StoredMatchResult } from "./repositories/request-matches.js";
export * as requestMatchRepository from "./repositories/request-matches.js";
export type { RequestResponse } from "./repositories/request-responses.js";
export * as requestResponseRepository from "./repositories/request-responses.js";
export * as searchOutboxRepository from "./repositories/search-outbox.js";
export type {
  NewSourcingRequest,
  SourcingRequest,
  SourcingRequestChanges,
} from "./repositories/sourcing-requests.js";
export * as sourcingRequestRepository from "./repositories/sourcing-requests.js";
export type { NewSupplierDocument, SupplierDocument } from "./repositories/supplier-documents.js";
export * as supplierDocumentRepository from "./repositories/supplier-documents.js";
export type { SupplierPhoto } from "./repositories/supplier-photos.js";
export * as supplierPhotoRepository from "./repositories/supplier-photos.js";
export type { NewSupplier, Supplier, SupplierChanges } from "./repositories/suppliers.js";
export * as supplierRepository from "./repositories/suppliers.js";
export * as tokenRepository from "./repositories/tokens.js";
export { type AttachmentScope, attachmentScopes } from "./schema/attachments.js";
export type { DeliverySkipReason, DeliveryStatus } from "./schema/delivery-status.js";
export * as schema from "./schema/index.js";
export type { MessageSide } from "./schema/message-threads.js";
export type { NotificationKind } from "./schema/notification-deliveries.js";
export type { StoredVerificationDocument } from "./schema/onboarding.js";
export {
  type SupplierDocumentPurpose,
  supplierDocumentPurposes,
} from "./schema/supplier-documents.js";
export type { StoredCertification } from "./schema/suppliers.js";
export * from "./unavailable.js";
export * from "./zones/load-zones.js";
export * from "./zones/zone-repository.js";
