import {
  emailSchema,
  languageSchema,
  membershipRoleSchema,
  organizationRoleSchema,
  selfServiceOrganizationRoleSchema,
} from "@ketnoi/domain";
import { z } from "zod";

export const uuidSchema = z.uuid("must be a UUID");
export const organizationParams = z.object({ organizationId: uuidSchema });
export { emailSchema, languageSchema, membershipRoleSchema, selfServiceOrganizationRoleSchema };

export const sessionSchema = z
  .object({
    accessToken: z.string(),
    tokenType: z.literal("Bearer"),
    expiresIn: z.number().int().describe("Seconds until the access token expires"),
    refreshToken: z.string().describe("Single use: each refresh returns a new one"),
    refreshTokenExpiresAt: z.string(),
    organizationId: z.string(),
  })
  .meta({ id: "Session" });

export const userSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    language: languageSchema,
    emailVerified: z.boolean(),
  })
  .meta({ id: "User" });

export const organizationSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    roles: z.array(organizationRoleSchema),
    createdAt: z.string(),
  })
  .meta({ id: "Organization" });

export function toUserView(user: {
  id: string;
  email: string;
  name: string;
  language: "vi" | "en";
  emailVerifiedAt: Date | null;
}): z.infer<typeof userSchema> {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    language: user.language,
    emailVerified: user.emailVerifiedAt !== null,
  };
}

export function toOrganizationView(organization: {
  id: string;
  name: string;
  roles: ("buyer" | "supplier" | "association")[];
  createdAt: Date;
}): z.infer<typeof organizationSchema> {
  return {
    id: organization.id,
    name: organization.name,
    roles: organization.roles,
    createdAt: organization.createdAt.toISOString(),
  };
}
