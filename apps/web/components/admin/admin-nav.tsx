// The admin console's sections as tabs.
import type { Messages } from "../../lib/i18n/messages";
import { TabNav } from "../tab-nav";

const sections = [
  ["/admin", "home"],
  ["/admin/verification", "verification"],
  ["/admin/claims", "claims"],
  ["/admin/import", "import"],
  ["/admin/moderation", "moderation"],
  ["/admin/audit", "audit"],
  ["/admin/accounts", "accounts"],
  // The job queue board, passed through from the API (app/(signed-in)/admin/queues).
  ["/admin/queues", "queues"],
] as const;

export function AdminNav({ current, messages }: { current: string; messages: Messages }) {
  const copy = messages.admin.nav;
  const tabs = sections.map(([href, key]) => ({ href, label: copy[key] }));
  return <TabNav label={copy.label} tabs={tabs} current={current} />;
}
