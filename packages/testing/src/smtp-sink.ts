// A local SMTP server that accepts and discards everything, counting messages and bytes: the benchmarks' mail
// relay, so send rates measure our side (render, SMTP client, ledger) rather than a server's. Written on `net`
// rather than smtp-server: it shares two cores with the worker it measures, and smtp-server parses every byte of
// every message (dot-unstuffing, header and size checks) in JavaScript. Here the end of a message is found with
// `indexOf`, commands that arrive together (PIPELINING) are answered in one write, and nothing is kept.
import type { AddressInfo } from "node:net";
import { createServer, type Socket } from "node:net";

export interface SmtpSink {
  url: string;
  readonly messages: number;
  readonly bytes: number;
  close(): Promise<void>;
}

const endOfData = Buffer.from("\r\n.\r\n");
const greeting = "220 sink ESMTP\r\n";
const capabilities = "250-sink\r\n250-PIPELINING\r\n250-8BITMIME\r\n250-SMTPUTF8\r\n250 SIZE 10485760\r\n";

/** The reply to one command line, and what the session does next. */
function reply(line: string): { text: string; data?: true; quit?: true } {
  const verb = line.slice(0, 4).toUpperCase();
  switch (verb) {
    case "EHLO":
      return { text: capabilities };
    case "DATA":
      return { text: "354 end with <CRLF>.<CRLF>\r\n", data: true };
    case "QUIT":
      return { text: "221 bye\r\n", quit: true };
    case "HELO":
    case "MAIL":
    case "RCPT":
    case "RSET":
    case "NOOP":
      return { text: "250 OK\r\n" };
    default:
      return { text: "502 command not implemented\r\n" };
  }
}

export async function startSmtpSink(): Promise<SmtpSink> {
  let messages = 0;
  let bytes = 0;
  const sockets = new Set<Socket>();

  const session = (socket: Socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    // Clients killed mid-session reset their connections; that is not the sink failing.
    socket.on("error", () => socket.destroy());
    let inData = false;
    // Bytes not yet consumed: a partial command line, or the last bytes of message data that may begin the
    // end-of-data marker.
    let pending = Buffer.alloc(0);
    socket.on("data", (chunk: Buffer) => {
      let buffer = pending.length === 0 ? chunk : Buffer.concat([pending, chunk]);
      let out = "";
      let quit = false;
      for (;;) {
        if (inData) {
          // The message starts right after the 354, so its first line may be "." alone: seen from the preceding
          // CRLF, which the DATA command line ended with.
          const end = buffer.indexOf(endOfData);
          if (end === -1) {
            // Keep what could be the start of the marker; count the rest.
            const keep = Math.min(buffer.length, endOfData.length - 1);
            bytes += buffer.length - keep;
            buffer = buffer.subarray(buffer.length - keep);
            break;
          }
          bytes += end;
          messages++;
          out += "250 OK: queued\r\n";
          inData = false;
          buffer = buffer.subarray(end + endOfData.length);
          continue;
        }
        const eol = buffer.indexOf("\r\n");
        if (eol === -1) break;
        const answer = reply(buffer.toString("latin1", 0, eol));
        out += answer.text;
        if (answer.quit) {
          quit = true;
          break;
        }
        if (answer.data) {
          inData = true;
          // Keep the CRLF that ended DATA: a message whose first line is "." still meets the marker.
          buffer = buffer.subarray(eol);
        } else buffer = buffer.subarray(eol + 2);
      }
      pending = Buffer.from(buffer);
      if (out.length > 0) socket.write(out);
      if (quit) socket.end();
    });
    socket.write(greeting);
  };

  const server = createServer(session);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    get messages() {
      return messages;
    },
    get bytes() {
      return bytes;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
