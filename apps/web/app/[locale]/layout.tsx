// The document for every public page: <html lang> follows the URL's locale; an unknown locale is a 404.
import "../globals.css";
import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { ErrorCopyProvider } from "../../components/error-copy";
import { SiteFooter } from "../../components/site-footer";
import { SiteHeader } from "../../components/site-header";
import { webConfig } from "../../lib/config";
import { isLocale } from "../../lib/i18n/locales";
import { messagesFor } from "../../lib/i18n/messages";
import { hasSessionCookie } from "../../lib/session/web-session";

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f5c4d" };

export async function generateMetadata({
  params,
}: {
  params: Promise<{ locale: string }>;
}): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const messages = messagesFor(locale);
  return {
    metadataBase: new URL(webConfig().PUBLIC_URL),
    title: { default: messages.meta.homeTitle, template: `%s · ${messages.meta.siteName}` },
    description: messages.meta.homeDescription,
  };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  // Every page renders per request: its scripts need this response's CSP nonce (proxy.ts).
  await connection();
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const messages = messagesFor(locale);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-canvas">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:p-3"
        >
          {messages.nav.skipToContent}
        </a>
        <SiteHeader locale={locale} messages={messages} signedIn={await hasSessionCookie()} />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:py-10">
          {/* The error page (error.tsx) sits inside this: it reads its words from here, not from the catalogues. */}
          <ErrorCopyProvider copy={messages.error}>{children}</ErrorCopyProvider>
        </main>
        <SiteFooter locale={locale} messages={messages} />
      </body>
    </html>
  );
}
