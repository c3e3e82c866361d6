// A rule between groups (radix Separator): decorative unless told, so screen readers skip it.
import { Separator as SeparatorPrimitive } from "radix-ui";
import type { ComponentPropsWithoutRef } from "react";

export function Separator({
  className = "",
  decorative = true,
  ...props
}: ComponentPropsWithoutRef<typeof SeparatorPrimitive.Root>) {
  return (
    <SeparatorPrimitive.Root
      decorative={decorative}
      className={`my-4 h-px w-full bg-line-soft ${className}`}
      {...props}
    />
  );
}
