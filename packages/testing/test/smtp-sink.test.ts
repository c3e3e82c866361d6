// The benchmarks' SMTP sink: it must count exactly the messages a client finished, whether the client pipelines
// its commands, dot-stuffs lines or has its writes cut anywhere, or the benchmarks' sent-versus-received check
// means nothing.
import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { type SmtpSink, startSmtpSink } from "../src/smtp-sink.js";

let sink: SmtpSink | undefined;
afterEach(async () => {
  await sink?.close();
  sink = undefined;
});

/** Opens a session and collects every reply line. */
async function open(url: string): Promise<{ socket: Socket; replies: () => string[] }> {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  // The sink resets sessions it closes with data unread; the assertions are on what it answered before.
  socket.on("error", () => {});
  let received = "";
  socket.on("data", (chunk: Buffer) => {
    received += chunk.toString("latin1");
  });
  await new Promise((resolve) => socket.once("connect", resolve));
  return { socket, replies: () => received.split("\r\n").filter((line) => line !== "") };
}

async function until(check: () => boolean): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const envelope = "MAIL FROM:<a@example.vn>\r\nRCPT TO:<b@example.vn>\r\nDATA\r\n";

describe("the SMTP sink", () => {
  it("answers pipelined commands in order and counts each finished message once", async () => {
    sink = await startSmtpSink();
    const { socket, replies } = await open(sink.url);
    socket.write("EHLO client\r\n");
    await until(() => replies().some((line) => line.startsWith("250 ")));
    expect(replies()).toContain("250-PIPELINING");
    // Three messages in one write: a dot-stuffed line, a message whose first line is a dot, and a body line that
    // only looks like the end ("..").
    const messages = [
      "Subject: one\r\n\r\n..stuffed\r\n",
      ".. first\r\n",
      "Subject: three\r\n\r\n..\r\nend\r\n",
    ];
    socket.write(messages.map((body) => `${envelope}${body}.\r\n`).join(""));
    await until(() => replies().filter((line) => line.startsWith("250 OK: queued")).length === 3);
    expect(sink.messages).toBe(3);
    expect(replies().filter((line) => line.startsWith("354")).length).toBe(3);
    socket.write("QUIT\r\n");
    await new Promise((resolve) => socket.once("close", resolve));
  });

  it("finds the end of a message however the client's writes cut it", async () => {
    sink = await startSmtpSink();
    const { socket, replies } = await open(sink.url);
    const session = `EHLO client\r\n${envelope}Subject: cut\r\n\r\nline\r\n.\r\nRSET\r\n`;
    // One byte a write: every cut through the command lines and the end-of-data marker.
    for (const byte of session) {
      socket.write(byte);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await until(() => replies().at(-1) === "250 OK");
    expect(sink.messages).toBe(1);
    // Still waiting for the end: no message counted.
    socket.write(`${envelope}unfinished\r\n.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(sink.messages).toBe(1);
    socket.destroy();
  });
});
