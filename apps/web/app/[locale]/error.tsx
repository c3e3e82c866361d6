"use client";
// A page whose data could not be fetched (the API down or failing): say so in the page's language instead of
// Next's bare error, with a reload that also works without JavaScript.
import { useParams, usePathname, useSearchParams } from "next/navigation";
import en from "../../messages/en.json";
import vi from "../../messages/vi.json";

export default function LocaleError() {
  const params = useParams<{ locale: string }>();
  const messages = params?.locale === "en" ? en : vi;
  const query = useSearchParams()?.toString();
  const here = `${usePathname() ?? "/"}${query ? `?${query}` : ""}`;
  return (
    <div role="alert" className="max-w-2xl">
      <h1 className="text-3xl font-bold">{messages.error.heading}</h1>
      <p className="mt-3 text-lg">{messages.error.body}</p>
      <p className="mt-4">
        <a href={here} className="inline-flex min-h-11 items-center text-lg font-semibold">
          {messages.error.retry}
        </a>
      </p>
    </div>
  );
}
