// Any URL outside the app's routes, including an unknown locale (/fr/…): the layouts live under [locale], so
// this page carries its own document, in both languages.
import "./globals.css";
import type { Metadata } from "next";
import en from "../messages/en.json";
import vi from "../messages/vi.json";

export const metadata: Metadata = { title: `${vi.meta.notFoundTitle} · ${en.meta.notFoundTitle}` };

export default function GlobalNotFound() {
  return (
    <html lang="vi">
      <body className="min-h-screen bg-canvas">
        <main className="mx-auto max-w-2xl px-4 py-12">
          <h1 className="text-3xl font-bold">{vi.notFound.heading}</h1>
          <p className="mt-3 text-lg">{vi.notFound.body}</p>
          <p className="mt-4">
            <a href="/vi" className="inline-flex min-h-11 items-center text-lg">
              {vi.notFound.backHome}
            </a>
          </p>
          <div lang="en" className="mt-10 border-t border-line pt-8">
            <h2 className="text-2xl font-bold">{en.notFound.heading}</h2>
            <p className="mt-3 text-lg">{en.notFound.body}</p>
            <p className="mt-4">
              <a href="/en" className="inline-flex min-h-11 items-center text-lg">
                {en.notFound.backHome}
              </a>
            </p>
          </div>
        </main>
      </body>
    </html>
  );
}
