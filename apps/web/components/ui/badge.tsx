// Status at a glance (Polaris badges): a tone and a short word, never colour alone.
import type { ReactNode } from "react";

export type BadgeTone = "success" | "warning" | "critical" | "info" | "neutral";

/** Classes in globals.css (`.badge`, `.badge-<tone>`): a result card shows several badges. */
export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
