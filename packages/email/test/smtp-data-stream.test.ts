// nodemailer's SMTP data stream as patched here (patches/nodemailer@10.6.0.patch): a clean chunk is checked with
// indexOf and passed through, and the end-of-data line leaves with the last chunk. Checked against the rules it
// implements (RFC 5321 §4.5.2 dot-stuffing, CRLF line ends) on many random chunkings.
import DataStream from "nodemailer/lib/smtp-connection/data-stream";
import { describe, expect, it } from "vitest";

/** What the stream must send for the whole input: CRLF for bare CR and LF, a dot doubled at a line start, `.` line. */
function expected(input: string): string {
  const stuffed = input.replace(/\r\n|\r|\n/g, "\r\n").replace(/(^|\r\n)\./g, "$1..");
  return stuffed.endsWith("\r\n") ? `${stuffed}.\r\n` : `${stuffed}\r\n.\r\n`;
}

async function send(chunks: string[]): Promise<string[]> {
  const stream = new DataStream();
  const writes: string[] = [];
  stream.on("data", (chunk: Buffer) => writes.push(chunk.toString("latin1")));
  const ended = new Promise((resolve) => stream.on("end", resolve));
  for (const chunk of chunks) stream.write(Buffer.from(chunk, "latin1"));
  stream.end();
  await ended;
  return writes;
}

describe("the SMTP data stream", () => {
  it("stuffs dots and mends line ends exactly as the rules say, however the data is cut", async () => {
    const tokens = ["ab", "\r\n", "\r\n", ".", "..", "\r", "\n", "x"];
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let trial = 0; trial < 3000; trial++) {
      const chunks = Array.from({ length: 1 + random(4) }, () =>
        Array.from({ length: random(6) }, () => tokens[random(trial % 2 ? 3 : tokens.length)]).join(""),
      );
      expect((await send(chunks)).join(""), JSON.stringify(chunks)).toBe(expected(chunks.join("")));
    }
  });

  it("sends a clean message and its end in one write", async () => {
    const message = "Subject: x\r\n\r\nline one\r\nline two\r\n";
    expect(await send([message])).toEqual([`${message}.\r\n`]);
  });
});
