// The page behind the unsubscribe links of digests and notifications (RFC 8058). The signed token in the URL is
// the only authorisation: one-click POSTs from mail providers carry no cookies and no login.
// GET shows a page with a button and changes nothing (link scanners fetch it); POST unsubscribes, answers 200
// with a confirmation page (never a redirect), and may be repeated.
import { accountRepository, notificationPreferenceRepository } from "@ketnoi/db";
import { type UnsubscribeClaim, verifyUnsubscribeToken } from "@ketnoi/email";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import type { RouteApp, RouteContext } from "../routes/route-context.js";
import { actionPage, type Bilingual, sendPage } from "./action-page.js";

const path = "/pages/unsubscribe";
const tokenInput = z.object({ token: z.string().min(1).max(200) });
const hidden = { schema: { hide: true } };

const copy: Record<
  UnsubscribeClaim["scope"],
  { ask: Bilingual; done: Bilingual; button: Bilingual; message: Bilingual }
> = {
  digest: {
    ask: { vi: "Hủy nhận bản tin hằng tuần", en: "Unsubscribe from the weekly digest" },
    message: {
      vi: "Bấm nút bên dưới để ngừng nhận bản tin hằng tuần về các kết nối mới.",
      en: "Press the button to stop the weekly digest of new matches.",
    },
    button: { vi: "Hủy nhận", en: "Unsubscribe" },
    done: {
      vi: "Bạn sẽ không nhận bản tin hằng tuần nữa. Bạn có thể bật lại trong phần cài đặt email.",
      en: "You will no longer receive the weekly digest. You can turn it back on in your email settings.",
    },
  },
  immediate: {
    ask: { vi: "Tắt thông báo tức thời", en: "Turn off immediate notifications" },
    message: {
      vi: "Bấm nút bên dưới để ngừng nhận email mỗi khi có báo giá hoặc yêu cầu được trao.",
      en: "Press the button to stop the emails sent as quotes arrive and requests are awarded.",
    },
    button: { vi: "Tắt thông báo", en: "Turn off" },
    done: {
      vi: "Bạn sẽ không nhận thông báo tức thời nữa. Bạn có thể bật lại trong phần cài đặt email.",
      en: "You will no longer receive immediate notifications. You can turn them back on in your email settings.",
    },
  },
};

const invalidPage = () =>
  actionPage({
    title: { vi: "Liên kết không hợp lệ", en: "This link is not valid" },
    message: {
      vi: "Liên kết hủy nhận không đúng. Bạn có thể đổi cài đặt email sau khi đăng nhập.",
      en: "This unsubscribe link is not right. You can change your email settings after logging in.",
    },
  });

/**
 * The token comes in the URL (the List-Unsubscribe address, which mail providers POST to as it is; the API never
 * logs query strings); our own page's form posts it as a field instead.
 */
function tokenOf(request: FastifyRequest): string | undefined {
  const fromQuery = tokenInput.safeParse(request.query);
  const given = fromQuery.success ? fromQuery : tokenInput.safeParse(request.body);
  return given.success ? given.data.token : undefined;
}

function claimOf(token: string | undefined, secret: string): UnsubscribeClaim | null {
  return token === undefined ? null : verifyUnsubscribeToken(secret, token);
}

export function unsubscribePages(app: RouteApp, { deps }: RouteContext) {
  const secret = deps.config.EMAIL_LINK_SECRET;
  // A child scope, so the multipart parser below applies to these routes only.
  app.register(async (scope: FastifyInstance) => {
    // RFC 8058 says one-click POSTs SHOULD be multipart/form-data. The token is in the URL, so the body (which
    // only says List-Unsubscribe=One-Click) is read and dropped. URL-encoded posts use @fastify/formbody.
    scope.addContentTypeParser(
      "multipart/form-data",
      { parseAs: "buffer", bodyLimit: 16 * 1024 },
      (_request, _body, done) => done(null, {}),
    );

    scope.get(path, hidden, async (request, reply) => {
      const token = tokenOf(request);
      const claim = claimOf(token, secret);
      if (!token || !claim) return sendPage(reply, invalidPage(), 400);
      const text = copy[claim.scope];
      return sendPage(
        reply,
        actionPage({
          title: text.ask,
          message: text.message,
          form: {
            action: path,
            fields: [{ name: "token", type: "hidden", value: token }],
            submit: text.button,
          },
        }),
      );
    });

    scope.post(path, hidden, async (request, reply) => {
      const claim = claimOf(tokenOf(request), secret);
      if (!claim) return sendPage(reply, invalidPage(), 400);
      const db = deps.database.db;
      // A deleted account gets no email any more: nothing to change, and the answer is the same.
      if (await accountRepository.findUserById(db, claim.userId)) {
        await db.transaction((tx) =>
          notificationPreferenceRepository.updateNotificationPreferences(
            tx,
            claim.userId,
            claim.scope === "digest" ? { digest: "off" } : { immediate: false },
          ),
        );
        request.log.info({ scope: claim.scope, userId: claim.userId }, "unsubscribed through an email link");
      }
      const text = copy[claim.scope];
      return sendPage(reply, actionPage({ title: { vi: "Đã xong", en: "Done" }, message: text.done }));
    });
  });
}
