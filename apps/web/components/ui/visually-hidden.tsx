// Words for screen readers only (radix VisuallyHidden), e.g. what a badge or an icon stands for.
import { VisuallyHidden as VisuallyHiddenPrimitive } from "radix-ui";
import type { ReactNode } from "react";

export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <VisuallyHiddenPrimitive.Root>{children}</VisuallyHiddenPrimitive.Root>;
}
