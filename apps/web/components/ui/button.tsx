// The one button style: 44 px tall at least, full width on a phone when asked. `asChild` renders the styles on
// a link instead (radix Slot), for actions that navigate.
import { Slot } from "radix-ui";
import type { ComponentPropsWithoutRef } from "react";

type Variant = "primary" | "secondary" | "danger";

const variants: Record<Variant, string> = {
  primary:
    "bg-brand text-white shadow-[0_2px_0_var(--color-brand-dark)] hover:bg-brand-dark hover:text-white",
  secondary: "bg-white text-ink border-2 border-ink hover:bg-canvas hover:text-ink",
  danger: "bg-critical-ink text-white hover:bg-ink hover:text-white",
};

export interface ButtonProps extends ComponentPropsWithoutRef<"button"> {
  variant?: Variant;
  asChild?: boolean;
}

export function Button({ variant = "primary", asChild = false, className = "", ...props }: ButtonProps) {
  const Component = asChild ? Slot.Root : "button";
  return (
    <Component
      className={`inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-5 py-2 text-base font-semibold no-underline ${variants[variant]} ${className}`}
      {...props}
    />
  );
}
