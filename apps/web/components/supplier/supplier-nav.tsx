// The supplier workspace's places: its requests, its profile and its verification.
import Link from "next/link";
import type { Messages } from "../../lib/i18n/messages";

export function SupplierNav({
  supplierId,
  current,
  messages,
}: {
  supplierId: string;
  current: "requests" | "profile" | "request" | "verification";
  messages: Messages;
}) {
  const copy = messages.supplierWorkspace;
  const base = `/supplier/${encodeURIComponent(supplierId)}`;
  const links = [
    { key: "requests", href: `${base}/requests`, label: copy.navRequests },
    { key: "profile", href: `${base}/profile`, label: copy.navProfile },
    { key: "verification", href: "/supplier/verification", label: copy.navVerification },
  ] as const;
  return (
    <nav
      aria-label={copy.workspaceNav}
      className="flex flex-wrap gap-x-4 gap-y-1 border-b border-line-soft pb-2"
    >
      {links.map((link) => (
        <Link
          key={link.key}
          href={link.href}
          aria-current={current === link.key ? "page" : undefined}
          className={`inline-flex min-h-11 items-center ${current === link.key ? "font-bold no-underline" : ""}`}
        >
          {link.label}
        </Link>
      ))}
    </nav>
  );
}
