export * from "./client.js";
export * from "./migrate.js";
export * as accountRepository from "./repositories/accounts.js";
export * as invitationRepository from "./repositories/invitations.js";
export type { RequestMatch, StoredMatchResult } from "./repositories/request-matches.js";
export * as requestMatchRepository from "./repositories/request-matches.js";
export * as searchOutboxRepository from "./repositories/search-outbox.js";
export type {
  NewSourcingRequest,
  SourcingRequest,
  SourcingRequestChanges,
} from "./repositories/sourcing-requests.js";
export * as sourcingRequestRepository from "./repositories/sourcing-requests.js";
export type { NewSupplier, Supplier, SupplierChanges } from "./repositories/suppliers.js";
export * as supplierRepository from "./repositories/suppliers.js";
export * as tokenRepository from "./repositories/tokens.js";
export * as schema from "./schema/index.js";
export * from "./zones/load-zones.js";
export * from "./zones/zone-repository.js";
