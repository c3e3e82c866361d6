import { languages, membershipRoles, organizationRoles } from "@ketnoi/domain";
import { pgEnum } from "drizzle-orm/pg-core";

export const organizationRoleEnum = pgEnum("organization_role", organizationRoles);
export const membershipRoleEnum = pgEnum("membership_role", membershipRoles);
export const languageEnum = pgEnum("language", languages);
export const emailTokenPurposeEnum = pgEnum("email_token_purpose", ["verify_email", "password_reset"]);
