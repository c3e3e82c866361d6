// Deep links from emails into the product. The web front end serves these paths; until it exists they are the
// contract it must keep, so every email builds them here and nowhere else.
export class ProductLinks {
  constructor(private readonly baseUrl: string) {}

  private build(path: string): string {
    return new URL(path, this.baseUrl.endsWith("/") ? this.baseUrl : `${this.baseUrl}/`).toString();
  }

  /** The buyer's page of a request, with its matches. */
  request(requestId: string): string {
    return this.build(`requests/${encodeURIComponent(requestId)}`);
  }
  /** The buyer's side-by-side comparison of the quotes on a request. */
  requestQuotes(requestId: string): string {
    return this.build(`requests/${encodeURIComponent(requestId)}/quotes`);
  }
  /** A supplier's view of a request it matched, where it quotes or declines. */
  supplierRequest(requestId: string): string {
    return this.build(`supplier/requests/${encodeURIComponent(requestId)}`);
  }
  /** One matched supplier on the buyer's request page, with the explanation of the match. */
  requestMatch(requestId: string, supplierId: string): string {
    return this.build(`requests/${encodeURIComponent(requestId)}/matches/${encodeURIComponent(supplierId)}`);
  }
  /** The buyer's list of its organisation's requests. */
  requests(): string {
    return this.build("requests");
  }
  /** The open requests a supplier profile matched or nearly matched. */
  supplierRequests(supplierId: string): string {
    return this.build(`supplier/${encodeURIComponent(supplierId)}/requests`);
  }
  /** The supplier's own profile, where certificates are kept up to date. */
  supplierProfile(supplierId: string): string {
    return this.build(`supplier/${encodeURIComponent(supplierId)}/profile`);
  }
  /** The person's email preferences (digest, immediate notifications, language). */
  notificationSettings(): string {
    return this.build("settings/notifications");
  }
  /** The API's unsubscribe page: GET shows a button, POST (also RFC 8058 one-click) unsubscribes. */
  unsubscribe(token: string): string {
    const url = new URL(this.build("pages/unsubscribe"));
    url.searchParams.set("token", token);
    return url.toString();
  }
}
