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

/** A whole page that could not be built because the API is unreachable: its heading and what to do. */
export function UnavailablePage({ heading, message }: { heading: string; message: string }) {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{heading}</h1>
      <Notice tone="critical">{message}</Notice>
    </div>
  );
}
