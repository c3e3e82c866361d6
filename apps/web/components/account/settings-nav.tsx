// The signed-in settings' pages as tabs.
import type { Messages } from "../../lib/i18n/messages";
import { TabNav } from "../tab-nav";

const pages = [
  ["/settings/notifications", "notificationsNav"],
  ["/settings/account", "accountNav"],
  ["/organization/members", "membersNav"],
  ["/settings/data", "dataNav"],
] as const;

export function SettingsNav({ current, messages }: { current: string; messages: Messages }) {
  const copy = messages.account.settings;
  const tabs = pages.map(([href, key]) => ({ href, label: copy[key] }));
  return <TabNav label={copy.navLabel} tabs={tabs} current={current} />;
}
