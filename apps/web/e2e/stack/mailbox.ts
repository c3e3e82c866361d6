// The stack's mail: an SMTP capture (every email the API and worker send) and a small HTTP view of it, so the
// browser tests — another process, which imports none of our packages — read the emails a person would get and
// follow their links. It also signs unsubscribe links as the worker would, for a test that needs one without
// waiting for a digest, and builds every link ProductLinks can put in an email, for the test that walks them.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { ProductLinks, signUnsubscribeToken, unsubscribeScopes } from "@ketnoi/email";
import { startSmtpCapture } from "@ketnoi/testing/smtp-capture";

type LinkMethod = {
  [K in keyof ProductLinks]: ProductLinks[K] extends (...args: never[]) => string ? K : never;
}[keyof ProductLinks];

interface LinkIds {
  requestId: string;
  supplierId: string;
}

// Every public method of ProductLinks (the record's type makes a new method a compile error here until it is
// walked too), called as an email would call it. Token links carry a made-up token: the walk checks that the page
// is served, not that the token works.
const everyLink: Record<LinkMethod, (links: ProductLinks, ids: LinkIds) => string> = {
  verifyEmail: (links) => links.verifyEmail("walk-token", "vi"),
  resetPassword: (links) => links.resetPassword("walk-token", "en"),
  acceptInvitation: (links) => links.acceptInvitation("walk-token", "vi"),
  unlockSignIn: (links) => links.unlockSignIn("walk-token", "en"),
  confirmClaim: (links) => links.confirmClaim("walk-token", "en"),
  unsubscribe: (links) => links.unsubscribe("walk-token", "vi"),
  request: (links, ids) => links.request(ids.requestId),
  requestQuotes: (links, ids) => links.requestQuotes(ids.requestId),
  supplierRequest: (links, ids) => links.supplierRequest(ids.requestId),
  requestMatch: (links, ids) => links.requestMatch(ids.requestId, ids.supplierId),
  requestThread: (links, ids) => links.requestThread(ids.requestId, ids.supplierId),
  requests: (links) => links.requests(),
  supplierRequests: (links, ids) => links.supplierRequests(ids.supplierId),
  supplierProfile: (links, ids) => links.supplierProfile(ids.supplierId),
  notificationSettings: (links) => links.notificationSettings(),
  claims: (links) => links.claims(),
};

/** The method names a ProductLinks object answers to at run time, private helpers left out. */
function publicLinkMethods(): string[] {
  const privateHelpers = new Set(["constructor", "build", "withTokenInFragment"]);
  return Object.getOwnPropertyNames(ProductLinks.prototype).filter((name) => !privateHelpers.has(name));
}

interface MailboxMessage {
  to: string[];
  subject: string;
  text: string;
}

export async function startMailbox(
  emailLinkSecret: string,
): Promise<{ smtpUrl: string; url: string; close(): Promise<void> }> {
  const capture = await startSmtpCapture();
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://mailbox");
    if (url.pathname === "/unsubscribe-token") {
      const scope = unsubscribeScopes.find((s) => s === url.searchParams.get("scope")) ?? "digest";
      const userId = url.searchParams.get("userId") ?? "";
      response
        .writeHead(200, { "content-type": "text/plain" })
        .end(signUnsubscribeToken(emailLinkSecret, { userId, scope }));
      return;
    }
    if (url.pathname === "/product-links") {
      const ids = {
        requestId: url.searchParams.get("requestId") ?? "",
        supplierId: url.searchParams.get("supplierId") ?? "",
      };
      const links = new ProductLinks("http://links.invalid/");
      const built = Object.entries(everyLink).map(([method, make]) => ({ method, url: make(links, ids) }));
      response
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ methods: publicLinkMethods(), links: built }));
      return;
    }
    const to = url.searchParams.get("to")?.toLowerCase() ?? "";
    const messages: MailboxMessage[] = capture.messages
      .filter((message) => message.to.includes(to))
      .map(({ to: recipients, subject, text }) => ({ to: recipients, subject, text }));
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(messages));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    smtpUrl: capture.url,
    url: `http://127.0.0.1:${port}/messages`,
    close: async () => {
      await new Promise((resolve) => server.close(resolve));
      await capture.close();
    },
  };
}
