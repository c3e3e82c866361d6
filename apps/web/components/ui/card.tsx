// A white panel with a heading: the unit pages are built from (Polaris cards).
import type { ComponentPropsWithoutRef, ReactNode } from "react";

export function Card({ className = "", ...props }: ComponentPropsWithoutRef<"section">) {
  return (
    <section
      className={`rounded-lg border border-line-soft bg-white p-4 shadow-sm sm:p-6 ${className}`}
      {...props}
    />
  );
}

export function CardHeading({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <h2 id={id} className="mb-3 text-xl font-bold">
      {children}
    </h2>
  );
}
