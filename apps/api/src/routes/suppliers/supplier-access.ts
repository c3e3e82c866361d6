// Who may see and change a supplier profile.
import type { Supplier } from "@ketnoi/db";
import type { Caller } from "../../auth/caller.js";

/** Members of the owning organisation; for an imported profile, the association that imported it. */
export function canEditSupplier(caller: Caller | undefined, supplier: Supplier): boolean {
  if (!caller) return false;
  if (caller.isPlatformAdmin) return true;
  if (supplier.organizationId) return supplier.organizationId === caller.organizationId;
  return supplier.importedByOrganizationId === caller.organizationId;
}

/** Contact details are for logged-in buyers (the people who would call), the supplier itself and admins. */
export function canSeeContact(caller: Caller | undefined, supplier: Supplier): boolean {
  if (!caller) return false;
  // A buyer must have confirmed its email: registering takes a minute, so an unverified account would make
  // contact details as good as public to anyone collecting them.
  return (
    (caller.organizationRoles.includes("buyer") && caller.emailVerified) || canEditSupplier(caller, supplier)
  );
}

/** A paused profile is hidden from everyone but those who can edit it. */
export function canSeeSupplier(caller: Caller | undefined, supplier: Supplier): boolean {
  return supplier.status === "active" || canEditSupplier(caller, supplier);
}

/** A certificate's scan is the supplier's paper: its own organisation and platform admins open it, nobody else. */
export function canSeeCertificateFiles(caller: Caller | undefined, supplier: Supplier): boolean {
  if (!caller) return false;
  return (
    caller.isPlatformAdmin ||
    (supplier.organizationId !== null && supplier.organizationId === caller.organizationId)
  );
}
