// The public account pages, under each locale (/vi/login, /en/verify-email). Emails and old links may name them
// without a locale (/login, /verify-email#token=…): those redirect to the browser's language, and browsers keep a
// link's #fragment across the redirect, so the token still never reaches a server.
const publicAccountPages = [
  "login",
  "register",
  "forgot-password",
  "verify-email",
  "reset-password",
  "accept-invitation",
  "unlock-sign-in",
  "unsubscribe",
] as const;

const unprefixed = new RegExp(`^/(${publicAccountPages.join("|")})$`);

export function isUnprefixedAccountPage(pathname: string): boolean {
  return unprefixed.test(pathname);
}

/**
 * A POST to an unsubscribe link that is not one of our server actions: a mail provider's RFC 8058 one-click, or
 * the page's own button (a plain form). Both carry the link's token in the query and no cookie.
 */
export function isUnsubscribePost(pathname: string): boolean {
  return /^\/((vi|en)\/)?unsubscribe$|^\/pages\/unsubscribe$/.test(pathname);
}

export function localeOfPath(pathname: string): string | undefined {
  return /^\/(vi|en)(\/|$)/.exec(pathname)?.[1];
}
