// A message across the page: a warning (something was ignored) or a critical one (something failed).
import type { ReactNode } from "react";

export function Notice({
  children,
  tone = "warning",
}: {
  children: ReactNode;
  tone?: "warning" | "critical";
}) {
  const colours =
    tone === "critical" ? "border-critical-ink bg-critical-bg" : "border-warning-ink bg-warning-bg";
  return (
    <div role="status" className={`rounded-md border-l-4 p-4 ${colours}`}>
      {children}
    </div>
  );
}
