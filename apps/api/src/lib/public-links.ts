/** Links that go out in emails; they open the API's small action pages until the web front end exists. */
export class PublicLinks {
  constructor(private readonly baseUrl: string) {}

  private build(path: string, token: string): string {
    const url = new URL(path, this.baseUrl.endsWith("/") ? this.baseUrl : `${this.baseUrl}/`);
    url.searchParams.set("token", token);
    return url.toString();
  }

  verifyEmail(token: string) {
    return this.build("pages/verify-email", token);
  }
  resetPassword(token: string) {
    return this.build("pages/reset-password", token);
  }
  acceptInvitation(token: string) {
    return this.build("pages/accept-invitation", token);
  }
  unlockSignIn(token: string) {
    return this.build("pages/unlock-sign-in", token);
  }
}
