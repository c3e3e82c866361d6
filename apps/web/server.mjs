// The web's HTTP server: Next's request handler behind one step of our own. Like any proxy, it appends the
// address of the connection's peer to X-Forwarded-For. `next start` instead keeps whatever X-Forwarded-For the
// client sent and adds nothing, so a browser could pick the address the API's per-address limits count it under;
// with this step the API, trusting the web (TRUSTED_PROXIES), finds the browser's real address at the right end
// of the chain. Usage: node server.mjs [--dev] --hostname 127.0.0.1 --port 3001
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import next from "next";

const { values } = parseArgs({
  options: {
    dev: { type: "boolean", default: false },
    hostname: { type: "string", default: "127.0.0.1" },
    port: { type: "string", default: "3001" },
  },
});
const port = Number(values.port);
const app = next({ dev: values.dev, hostname: values.hostname, port, dir: import.meta.dirname });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  const peer = request.socket.remoteAddress ?? "";
  const chain = request.headers["x-forwarded-for"];
  const given = Array.isArray(chain) ? chain.join(", ") : chain;
  request.headers["x-forwarded-for"] = given ? `${given}, ${peer}` : peer;
  void handle(request, response);
});
if (values.dev) server.on("upgrade", app.getUpgradeHandler());
server.listen(port, values.hostname, () => {
  process.stdout.write(`web ready on http://${values.hostname}:${port}\n`);
});
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
