import { z } from "zod";

/** What an organisation does on the marketplace; one can be both. */
export const organizationRoles = ["buyer", "supplier"] as const;
export const organizationRoleSchema = z.enum(organizationRoles);
export type OrganizationRole = z.infer<typeof organizationRoleSchema>;

/** A person's standing inside an organisation. */
export const membershipRoles = ["owner", "member"] as const;
export const membershipRoleSchema = z.enum(membershipRoles);
export type MembershipRole = z.infer<typeof membershipRoleSchema>;

/** Languages the product speaks to people in (UI text and emails). */
export const languages = ["vi", "en"] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;
