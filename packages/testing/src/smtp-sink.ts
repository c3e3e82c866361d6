// A local SMTP server that accepts and discards everything, counting messages and bytes: the benchmark's mail
// relay, so send rates measure our side (render, SMTP client, ledger) rather than a parser's.
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface SmtpSink {
  url: string;
  readonly messages: number;
  readonly bytes: number;
  close(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  let messages = 0;
  let bytes = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    size: 10 * 1024 * 1024,
    onData(stream, _session, callback) {
      stream.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
      });
      stream.on("end", () => {
        messages++;
        callback();
      });
    },
  });
  // Clients killed mid-session reset their connections; that is not the sink failing.
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    get messages() {
      return messages;
    },
    get bytes() {
      return bytes;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
