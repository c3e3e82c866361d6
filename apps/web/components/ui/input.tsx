// A text field with a thick border that stays readable at 200 % zoom; 44 px tall for thumbs.
import type { ComponentProps } from "react";

export function Input({ className = "", ...props }: ComponentProps<"input">) {
  return (
    <input
      className={`block min-h-11 w-full rounded-md border-2 border-ink bg-white px-3 py-2 text-lg ${className}`}
      {...props}
    />
  );
}
