// The page behind the unlock link of the login ceiling email. Like the account email links, the token rides in
// the link's fragment: opening it shows the link-opener page, whose script posts the token (`step=open`) to get
// the page with the button. Only pressing that button spends the token and lets the address that pressed it log
// in to the account, so mail scanners that open links change nothing.
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { addressKey } from "../rate-limits/limit-keys.js";
import { unlockLinkSeconds } from "../rate-limits/rate-limits.js";
import type { RouteApp, RouteContext } from "../routes/route-context.js";
import { actionPage, invalidLinkPage, sendPage } from "./action-page.js";
import { linkFormFields, linkOpenerPage } from "./link-opener.js";

const input = z.object(linkFormFields);

function readInput(request: FastifyRequest) {
  const parsed = input.safeParse(request.body);
  return parsed.success ? parsed.data : undefined;
}

const hidden = { schema: { hide: true } };
const path = "/pages/unlock-sign-in";
const title = { vi: "Mở khóa đăng nhập", en: "Unlock sign-in" };
const minutes = unlockLinkSeconds / 60;

export function signInUnlockPages(app: RouteApp, { signInUnlocks }: RouteContext) {
  app.get(path, hidden, async (_request, reply) => sendPage(reply, linkOpenerPage({ action: path, title })));

  app.post(path, hidden, async (request, reply) => {
    const given = readInput(request);
    if (!given) return sendPage(reply, invalidLinkPage(), 400);
    if (given.step === "open") {
      if (!(await signInUnlocks.isUsable(given.token))) return sendPage(reply, invalidLinkPage(), 400);
      return sendPage(
        reply,
        actionPage({
          title,
          message: {
            vi: `Bấm nút bên dưới trên thiết bị bạn muốn đăng nhập, rồi đăng nhập như bình thường trong vòng ${minutes} phút.`,
            en: `Press the button on the device you want to sign in from, then sign in as usual within ${minutes} minutes.`,
          },
          form: {
            action: path,
            fields: [{ name: "token", type: "hidden", value: given.token }],
            submit: { vi: "Mở khóa", en: "Unlock" },
          },
        }),
      );
    }
    if (!(await signInUnlocks.redeem(given.token, addressKey(request.ip)))) {
      return sendPage(reply, invalidLinkPage(), 400);
    }
    return sendPage(
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
