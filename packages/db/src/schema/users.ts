import { boolean, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, idColumn, updatedAt } from "./columns.js";
import { languageEnum } from "./enums.js";

export const users = pgTable(
  "users",
  {
    id: idColumn(),
    /** Stored lowercased and trimmed; unique. */
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    language: languageEnum("language").notNull().default("vi"),
    emailVerifiedAt: timestamp("email_verified_at", { withTimezone: true }),
    /** Platform staff; created only by the admin CLI, never through the API. */
    isPlatformAdmin: boolean("is_platform_admin").notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("users_email_unique").on(t.email)],
);
