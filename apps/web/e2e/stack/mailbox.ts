// The stack's mail: an SMTP capture (every email the API and worker send) and a small HTTP view of it, so the
// browser tests — another process, which imports none of our packages — read the emails a person would get and
// follow their links. It also signs unsubscribe links as the worker would, for a test that needs one without
// waiting for a digest.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { signUnsubscribeToken, unsubscribeScopes } from "@ketnoi/email";
import { startSmtpCapture } from "@ketnoi/testing/smtp-capture";

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
