// Status at a glance (Polaris badges): a tone and a short word, never colour alone.
import type { ReactNode } from "react";

export type BadgeTone = "success" | "warning" | "critical" | "info" | "neutral";

const tones: Record<BadgeTone, string> = {
  success: "bg-success-bg text-success-ink",
  warning: "bg-warning-bg text-warning-ink",
  critical: "bg-critical-bg text-critical-ink",
  info: "bg-info-bg text-info-ink",
  neutral: "bg-line-soft text-ink",
};

export function Badge({ tone = "neutral", children }: { tone?: BadgeTone; children: ReactNode }) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full px-2.5 py-0.5 text-sm font-semibold whitespace-nowrap ${tones[tone]}`}
    >
      {children}
    </span>
  );
}
