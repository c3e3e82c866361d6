// Who of an organisation hears about an event as it happens, with what the ledger needs to decide: their address,
// whether it is verified, their language and whether they opted in to immediate notifications.
import {
  defaultNotificationPreferences,
  defaultQuietHours,
  type Language,
  type QuietHours,
} from "@ketnoi/domain";
import { asc, eq } from "drizzle-orm";
import type { Executor } from "../client.js";
import { memberships, notificationPreferences, suppliers, users } from "../schema/index.js";
import { quietHoursOf } from "./notification-preferences.js";

export interface NotificationRecipient {
  userId: string;
  email: string;
  name: string;
  language: Language;
  emailVerified: boolean;
  /** Wants immediate notifications (on unless turned off). */
  immediate: boolean;
  /** Same-day alerts of requests matching their supplier (on by default). */
  requestAlerts: boolean;
  /** When alerts wait; null: off. */
  quietHours: QuietHours | null;
}

export async function listOrganizationRecipients(
  db: Executor,
  organizationId: string,
): Promise<NotificationRecipient[]> {
  const rows = await db
    .select({
      userId: users.id,
      email: users.email,
      name: users.name,
      language: users.language,
      emailVerifiedAt: users.emailVerifiedAt,
      immediate: notificationPreferences.immediate,
      requestAlerts: notificationPreferences.requestAlerts,
      quietHoursStart: notificationPreferences.quietHoursStart,
      quietHoursEnd: notificationPreferences.quietHoursEnd,
      quietHoursTimeZone: notificationPreferences.quietHoursTimeZone,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(notificationPreferences, eq(notificationPreferences.userId, users.id))
    .where(eq(memberships.organizationId, organizationId))
    .orderBy(asc(memberships.createdAt), asc(users.id));
  return rows.map(
    ({
      emailVerifiedAt,
      immediate,
      requestAlerts,
      quietHoursStart,
      quietHoursEnd,
      quietHoursTimeZone,
      ...row
    }) => ({
      ...row,
      emailVerified: emailVerifiedAt !== null,
      immediate: immediate ?? defaultNotificationPreferences.immediate,
      requestAlerts: requestAlerts ?? true,
      // No row: the defaults. A row with both times null: turned off.
      quietHours:
        quietHoursTimeZone === null
          ? defaultQuietHours
          : quietHoursOf({ quietHoursStart, quietHoursEnd, quietHoursTimeZone }),
    }),
  );
}

/** The people of the organisation that owns the supplier profile; none for an unclaimed profile. */
export async function listSupplierRecipients(
  db: Executor,
  supplierId: string,
): Promise<{
  supplier: { id: string; name: string; status: string } | null;
  recipients: NotificationRecipient[];
}> {
  const [supplier] = await db
    .select({
      id: suppliers.id,
      legalName: suppliers.legalName,
      tradeName: suppliers.tradeName,
      status: suppliers.status,
      organizationId: suppliers.organizationId,
    })
    .from(suppliers)
    .where(eq(suppliers.id, supplierId))
    .limit(1);
  if (!supplier) return { supplier: null, recipients: [] };
  const summary = {
    id: supplier.id,
    name: supplier.tradeName ?? supplier.legalName,
    status: supplier.status,
  };
  if (supplier.organizationId === null) return { supplier: summary, recipients: [] };
  return { supplier: summary, recipients: await listOrganizationRecipients(db, supplier.organizationId) };
}
