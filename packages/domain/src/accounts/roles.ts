import { z } from "zod";

/**
 * What an organisation does on the marketplace. Buyer and supplier are chosen at registration (one can be
 * both); association (an industry association that maintains its member directory) is granted by platform admins.
 */
export const organizationRoles = ["buyer", "supplier", "association"] as const;
export const organizationRoleSchema = z.enum(organizationRoles);
export type OrganizationRole = z.infer<typeof organizationRoleSchema>;

export const selfServiceOrganizationRoles = ["buyer", "supplier"] as const;
export const selfServiceOrganizationRoleSchema = z.enum(selfServiceOrganizationRoles);

/** A person's standing inside an organisation. */
export const membershipRoles = ["owner", "member"] as const;
export const membershipRoleSchema = z.enum(membershipRoles);
export type MembershipRole = z.infer<typeof membershipRoleSchema>;

/** Languages the product speaks to people in (UI text and emails). */
export const languages = ["vi", "en"] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;
