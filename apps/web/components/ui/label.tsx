// A form label: above its field, in plain words, clickable to focus the field. A native <label> rendered on the
// server: radix's Label only adds a script (2 kB gzip on every page with the search form) that stops a
// double-click from selecting the label's text.
import type { ComponentPropsWithoutRef } from "react";

type LabelProps = ComponentPropsWithoutRef<"label"> & { htmlFor: string };

export function Label({ className = "", htmlFor, children, ...props }: LabelProps) {
  return (
    <label htmlFor={htmlFor} className={`block text-lg font-semibold ${className}`} {...props}>
      {children}
    </label>
  );
}
