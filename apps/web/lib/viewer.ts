// Who is looking at a public page, as far as the API needs to know: the access token of a logged-in person, which
// the API uses to decide what they may see (a supplier's contact details go to verified buyers only).
//
// The session module (backend-for-frontend, issue #10's accounts part) is built separately; it replaces the
// body of this function with the session's access token. Until it lands no page has a logged-in person, so
// every visitor is anonymous and the API shows no contact details to anyone.

/** The access token of the logged-in person viewing this page, or undefined for an anonymous visitor. */
export async function viewerAccessToken(): Promise<string | undefined> {
  return undefined;
}
