import type { MembershipRole, OrganizationRole } from "@ketnoi/domain";

/** Who is calling, as established from the token and the current membership row. */
export interface Caller {
  userId: string;
  organizationId: string;
  organizationRoles: OrganizationRole[];
  membershipRole: MembershipRole;
  isPlatformAdmin: boolean;
  emailVerified: boolean;
  language: "vi" | "en";
}
