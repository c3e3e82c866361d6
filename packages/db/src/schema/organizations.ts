import { pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, idColumn, updatedAt } from "./columns.js";
import { organizationRoleEnum } from "./enums.js";

export const organizations = pgTable("organizations", {
  id: idColumn(),
  name: text("name").notNull(),
  /** buyer, supplier or both. */
  roles: organizationRoleEnum("roles").array().notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
