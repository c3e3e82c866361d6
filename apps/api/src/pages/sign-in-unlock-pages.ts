// The page behind the unlock link of the login ceiling email. Opening it changes nothing; its button spends the
// token and lets the address that pressed it log in to the account.
import type { FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { addressKey } from "../rate-limits/limit-keys.js";
import { unlockLinkSeconds } from "../rate-limits/rate-limits.js";
import type { RouteApp, RouteContext } from "../routes/route-context.js";
import { actionPage, invalidLinkPage } from "./action-page.js";

const input = z.object({ token: z.string().min(1).max(200) });

function readToken(request: FastifyRequest): string | undefined {
  const parsed = input.safeParse(request.method === "GET" ? request.query : request.body);
  return parsed.success ? parsed.data.token : undefined;
}

const html = (reply: FastifyReply, page: string, status = 200) =>
  reply.code(status).type("text/html; charset=utf-8").send(page);

const hidden = { schema: { hide: true } };
const minutes = unlockLinkSeconds / 60;

export function signInUnlockPages(app: RouteApp, { signInUnlocks }: RouteContext) {
  app.get("/pages/unlock-sign-in", hidden, async (request, reply) => {
    const token = readToken(request);
    if (!token || !(await signInUnlocks.isUsable(token))) return html(reply, invalidLinkPage(), 400);
    return html(
      reply,
      actionPage({
        title: { vi: "Mở khóa đăng nhập", en: "Unlock sign-in" },
        message: {
          vi: `Bấm nút bên dưới trên thiết bị bạn muốn đăng nhập, rồi đăng nhập như bình thường trong vòng ${minutes} phút.`,
          en: `Press the button on the device you want to sign in from, then sign in as usual within ${minutes} minutes.`,
        },
        form: {
          action: "/pages/unlock-sign-in",
          fields: [{ name: "token", type: "hidden", value: token }],
          submit: { vi: "Mở khóa", en: "Unlock" },
        },
      }),
    );
  });

  app.post("/pages/unlock-sign-in", hidden, async (request, reply) => {
    const token = readToken(request);
    if (!token || !(await signInUnlocks.redeem(token, addressKey(request.ip)))) {
      return html(reply, invalidLinkPage(), 400);
    }
    return html(
      reply,
      actionPage({
        title: { vi: "Đã mở khóa đăng nhập", en: "Sign-in unlocked" },
        message: {
          vi: `Bạn có thể đăng nhập từ thiết bị này trong vòng ${minutes} phút tới.`,
          en: `You can sign in from this device within the next ${minutes} minutes.`,
        },
      }),
    );
  });
}
