// Every link an email carries, on PUBLIC_URL (the web's address): the account flows' pages and the deep links
// into the product. The web serves these paths, so every email builds them here and nowhere else.
// The pages a link opens before anyone is logged in are public pages, in the email's language (`/vi/…`,
// `/en/…`); the product's own pages (`/requests/…`, `/settings/…`) carry no language: they follow the account's.
import type { Language } from "@ketnoi/domain";

export class ProductLinks {
  constructor(private readonly baseUrl: string) {}

  private build(path: string): URL {
    return new URL(path, this.baseUrl.endsWith("/") ? this.baseUrl : `${this.baseUrl}/`);
  }

  /**
   * A page whose single-use token rides in the fragment (`#token=…`). Browsers never send the fragment to a
   * server, so no access log, proxy or referrer ever holds the token; the page's script reads it and posts it.
   */
  private withTokenInFragment(path: string, language: Language, token: string): string {
    const url = this.build(`${language}/${path}`);
    url.hash = new URLSearchParams({ token }).toString();
    return url.toString();
  }

  /** Confirms the address the account registered with. */
  verifyEmail(token: string, language: Language): string {
    return this.withTokenInFragment("verify-email", language, token);
  }
  /** Chooses a new password. */
  resetPassword(token: string, language: Language): string {
    return this.withTokenInFragment("reset-password", language, token);
  }
  /** Joins an organisation, creating the account when the address has none. */
  acceptInvitation(token: string, language: Language): string {
    return this.withTokenInFragment("accept-invitation", language, token);
  }
  /** Lets the owner sign in from a new address while the account-wide login ceiling holds. */
  unlockSignIn(token: string, language: Language): string {
    return this.withTokenInFragment("unlock-sign-in", language, token);
  }
  /** Confirms a claim of an imported profile, or takes up an association's invitation to claim one. */
  confirmClaim(token: string, language: Language): string {
    return this.withTokenInFragment("claim/confirm", language, token);
  }
  /**
   * The unsubscribe page: GET shows a button, POST (also RFC 8058 one-click) unsubscribes. Mail providers POST to
   * the List-Unsubscribe URL as it is, so this token has to be in the query string; neither the web nor the API
   * logs query strings, and the token can only turn an email off.
   */
  unsubscribe(token: string, language: Language): string {
    const url = this.build(`${language}/unsubscribe`);
    url.searchParams.set("token", token);
    return url.toString();
  }

  /** The buyer's page of a request, with its matches. */
  request(requestId: string): string {
    return this.build(`requests/${encodeURIComponent(requestId)}`).toString();
  }
  /** The buyer's side-by-side comparison of the quotes on a request. */
  requestQuotes(requestId: string): string {
    return this.build(`requests/${encodeURIComponent(requestId)}/quotes`).toString();
  }
  /** A supplier's view of a request it matched, where it quotes or declines. */
  supplierRequest(requestId: string): string {
    return this.build(`supplier/requests/${encodeURIComponent(requestId)}`).toString();
  }
  /** One matched supplier on the buyer's request page, with the explanation of the match. */
  requestMatch(requestId: string, supplierId: string): string {
    return this.build(
      `requests/${encodeURIComponent(requestId)}/matches/${encodeURIComponent(supplierId)}`,
    ).toString();
  }
  /** The buyer's thread with one supplier about a request. */
  requestThread(requestId: string, supplierId: string): string {
    return this.build(
      `requests/${encodeURIComponent(requestId)}/messages/${encodeURIComponent(supplierId)}`,
    ).toString();
  }
  /** The buyer's list of its organisation's requests. */
  requests(): string {
    return this.build("requests").toString();
  }
  /** The open requests a supplier profile matched or nearly matched. */
  supplierRequests(supplierId: string): string {
    return this.build(`supplier/${encodeURIComponent(supplierId)}/requests`).toString();
  }
  /** The supplier's own profile, where certificates are kept up to date. */
  supplierProfile(supplierId: string): string {
    return this.build(`supplier/${encodeURIComponent(supplierId)}/profile`).toString();
  }
  /** Claiming a company's profile: the organisation's claims and their outcomes, and a search to claim another. */
  claims(): string {
    return this.build("claim").toString();
  }
  /** The person's email preferences (digest, immediate notifications, language). */
  notificationSettings(): string {
    return this.build("settings/notifications").toString();
  }
}
