// The document for the signed-in pages. Their URLs carry no language (the emails link to /settings/notifications,
// /requests/…): they are in the account's language, as the API knows it. Logged out, each page sends the person
// to the login page, which brings them back.
import "../globals.css";
import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { SiteFooter } from "../../components/site-footer";
import { SiteHeader } from "../../components/site-header";
import { webConfig } from "../../lib/config";
import { messagesFor } from "../../lib/i18n/messages";
import { browserLocale } from "../../lib/locale-of-request";
import { currentMembership, languageOf, signedInMe } from "../../lib/session/signed-in";

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f5c4d" };

export async function generateMetadata(): Promise<Metadata> {
  const me = await signedInMe();
  const messages = messagesFor(me ? languageOf(me) : await browserLocale());
  return {
    metadataBase: new URL(webConfig().PUBLIC_URL),
    title: { default: messages.meta.siteName, template: `%s · ${messages.meta.siteName}` },
    robots: { index: false, follow: false },
  };
}

export default async function SignedInLayout({ children }: { children: ReactNode }) {
  // Every page renders per request: its scripts need this response's CSP nonce (proxy.ts).
  await connection();
  const me = await signedInMe();
  const locale = me ? languageOf(me) : await browserLocale();
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
        <SiteHeader
          locale={locale}
          messages={messages}
          signedIn={me !== undefined}
          supplier={me ? (currentMembership(me)?.organization.roles.includes("supplier") ?? false) : false}
          buyer={me ? (currentMembership(me)?.organization.roles.includes("buyer") ?? true) : true}
          languageSwitch={false}
        />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 sm:py-10">
          {children}
        </main>
        <SiteFooter locale={locale} messages={messages} />
      </body>
    </html>
  );
}
