"use client";
// A page whose data could not be fetched (the API down or failing): say so in the page's language instead of
// Next's bare error, with a reload that also works without JavaScript. The words come from the layout
// (ErrorCopyProvider), so the catalogues stay on the server.
import { usePathname, useSearchParams } from "next/navigation";
import { useErrorCopy } from "../../components/error-copy";

export default function LocaleError() {
  const copy = useErrorCopy();
  const query = useSearchParams()?.toString();
  const here = `${usePathname() ?? "/"}${query ? `?${query}` : ""}`;
  if (!copy) return null;
  return (
    <div role="alert" className="max-w-2xl">
      <h1 className="text-3xl font-bold">{copy.heading}</h1>
      <p className="mt-3 text-lg">{copy.body}</p>
      <p className="mt-4">
        <a href={here} className="inline-flex min-h-11 items-center text-lg font-semibold">
          {copy.retry}
        </a>
      </p>
    </div>
  );
}
