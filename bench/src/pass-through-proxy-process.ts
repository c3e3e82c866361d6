// A second HTTP hop that does nothing: forwards each request's bytes to Meilisearch and its answer's bytes back,
// over kept-alive connections, in a process of its own as the API is. The search bench times it beside the API
// and Meilisearch, so each run shows what the hop alone costs: the floor under the API/Meilisearch ratio.
import { Agent, createServer, request } from "node:http";

// Started as `pass-through-proxy-process.ts <Meilisearch URL>`.
const meili = new URL(process.argv[2] ?? "");
const agent = new Agent({ keepAlive: true });

const server = createServer((incoming, outgoing) => {
  const chunks: Buffer[] = [];
  incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
  incoming.on("end", () => {
    const forwarded = request(
      {
        agent,
        hostname: meili.hostname,
        port: meili.port,
        path: incoming.url,
        method: incoming.method,
        headers: {
          authorization: incoming.headers.authorization ?? "",
          "content-type": incoming.headers["content-type"] ?? "application/json",
          "accept-encoding": "identity",
        },
      },
      (answer) => {
        const parts: Buffer[] = [];
        answer.on("data", (part: Buffer) => parts.push(part));
        answer.on("end", () => {
          const body = Buffer.concat(parts);
          outgoing.writeHead(answer.statusCode ?? 502, {
            "content-type": answer.headers["content-type"] ?? "application/json",
            "content-length": body.length,
          });
          outgoing.end(body);
        });
      },
    );
    forwarded.on("error", () => {
      outgoing.writeHead(502).end();
    });
    forwarded.end(Buffer.concat(chunks));
  });
});

server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  if (address && typeof address === "object") process.stdout.write(`listening ${address.port}\n`);
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
