import type { FastifyInstance } from "fastify";
import type { AppDependencies } from "../dependencies.js";
import { AccountEmails } from "../lib/account-emails.js";
import { PublicLinks } from "../lib/public-links.js";
import type { AttemptLimiter } from "../lib/rate-limiter.js";
import type { ZoneDirectory } from "../lib/zone-directory.js";
import { emailLinkPages } from "../pages/email-link-pages.js";
import { setOrganizationRoles } from "./admin/set-organization-roles.js";
import { login } from "./auth/login.js";
import { logout } from "./auth/logout.js";
import { refresh } from "./auth/refresh.js";
import { register } from "./auth/register.js";
import { requestPasswordReset } from "./auth/request-password-reset.js";
import { resendVerification } from "./auth/resend-verification.js";
import { resetPassword } from "./auth/reset-password.js";
import { verifyEmail } from "./auth/verify-email.js";
import { health } from "./health/health.js";
import { acceptInvitation } from "./invitations/accept-invitation.js";
import { getMe } from "./me/get-me.js";
import { updateMe } from "./me/update-me.js";
import { changeMemberRole } from "./organizations/change-member-role.js";
import { getOrganization } from "./organizations/get-organization.js";
import { inviteMember } from "./organizations/invite-member.js";
import { listInvitations } from "./organizations/list-invitations.js";
import { listMembers } from "./organizations/list-members.js";
import { removeMember } from "./organizations/remove-member.js";
import { revokeInvitation } from "./organizations/revoke-invitation.js";
import { updateOrganization } from "./organizations/update-organization.js";
import type { RouteApp, RouteContext } from "./route-context.js";
import { createSupplier } from "./suppliers/create-supplier.js";
import { getSupplier } from "./suppliers/get-supplier.js";
import { importSuppliers } from "./suppliers/import-suppliers.js";
import { listSuppliers } from "./suppliers/list-suppliers.js";
import { searchSuppliers } from "./suppliers/search-suppliers.js";
import { setSupplierVerification } from "./suppliers/set-verification.js";
import { updateSupplier } from "./suppliers/update-supplier.js";
import { listCategories } from "./taxonomy/list-categories.js";
import { listCertifications } from "./taxonomy/list-certifications.js";
import { getZone } from "./zones/get-zone.js";
import { listZones } from "./zones/list-zones.js";

export async function registerRoutes(
  fastify: FastifyInstance,
  options: { deps: AppDependencies; limiter: AttemptLimiter; zones: ZoneDirectory },
): Promise<void> {
  const app = fastify as unknown as RouteApp;
  const links = new PublicLinks(options.deps.config.PUBLIC_URL);
  const context: RouteContext = { ...options, links };
  const emails = new AccountEmails(options.deps, links);

  health(app, context);
  register(app, context, emails);
  login(app, context);
  refresh(app, context);
  logout(app, context);
  verifyEmail(app, context);
  resendVerification(app, context, emails);
  requestPasswordReset(app, context, emails);
  resetPassword(app, context);
  getMe(app, context);
  updateMe(app, context);
  getOrganization(app, context);
  updateOrganization(app, context);
  listMembers(app, context);
  changeMemberRole(app, context);
  removeMember(app, context);
  inviteMember(app, context, emails);
  listInvitations(app, context);
  revokeInvitation(app, context);
  acceptInvitation(app, context);
  listZones(app, context);
  getZone(app, context);
  listCategories(app, context);
  listCertifications(app, context);
  // The search route is declared before /v1/suppliers/:id so that "search" is never read as an id.
  searchSuppliers(app, context);
  importSuppliers(app, context);
  createSupplier(app, context);
  listSuppliers(app, context);
  getSupplier(app, context);
  updateSupplier(app, context);
  setSupplierVerification(app, context);
  setOrganizationRoles(app, context);
  emailLinkPages(app, context);
}
