// The frame of every account page: one task per page (GOV.UK), a narrow column that reads well on a phone.
import type { ReactNode } from "react";

export function AccountPanel({
  heading,
  lead,
  children,
}: {
  heading: string;
  lead?: string;
  children: ReactNode;
}) {
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-3xl font-bold leading-tight">{heading}</h1>
      {lead ? <p className="mt-3 text-lg">{lead}</p> : null}
      <div className="mt-6 rounded-lg border border-line-soft bg-white p-4 shadow-sm sm:p-6">{children}</div>
    </div>
  );
}
