// Account email links carry their single-use token in the fragment (/pages/reset-password#token=…): browsers
// never send a fragment to a server, so no access log, proxy or Referer header can hold it. Opening such a link
// shows a small page whose script moves the token into a form and posts it with `step=open`, which only checks
// the token and shows the real page (the button that acts, the new-password form, the invitation). Without
// JavaScript the same form asks the person to paste the link from the email.
import { z } from "zod";
import type { RouteApp } from "../routes/route-context.js";
import { actionPage, type Bilingual, type Page } from "./action-page.js";

/** Without JavaScript a person pastes the whole link (or `token=…`) as often as the code alone. */
function pastedCode(value: string): string {
  const at = value.lastIndexOf("token=");
  return at === -1 ? value : (new URLSearchParams(value.slice(at)).get("token") ?? "");
}

/** The fields every link page's form posts. Tokens come only in the POST body: never in a URL, which is logged. */
export const linkFormFields = {
  token: z.string().max(2000).transform(pastedCode).pipe(z.string().trim().min(1).max(200)),
  /** `open` only checks the token and shows the page for it; without it, the page's button acts. */
  step: z.literal("open").optional(),
};

const linkOpenerScriptPath = "/pages/link-opener.js";

const formId = "open-link";

// A file of its own rather than an inline script: it is cached once for every page, and its tag carries the
// response's CSP nonce like any script on these pages.
const linkOpenerScript = `"use strict";
(() => {
  const token = new URLSearchParams(location.hash.slice(1)).get("token");
  const form = document.getElementById("${formId}");
  if (!token || !form) return;
  // Out of the address bar and the history before the page moves on.
  history.replaceState(null, "", location.pathname);
  form.elements.namedItem("token").value = token;
  form.submit();
})();
`;

export function linkOpenerScriptRoute(app: RouteApp) {
  app.get(linkOpenerScriptPath, { schema: { hide: true } }, async (_request, reply) =>
    reply
      .header("cache-control", "public, max-age=3600")
      .type("text/javascript; charset=utf-8")
      .send(linkOpenerScript),
  );
}

/** What a GET of an account email link shows: the form the script fills and posts, or the person pastes into. */
export function linkOpenerPage(input: { action: string; title: Bilingual }): Page {
  return actionPage({
    title: input.title,
    message: {
      vi: "Nếu trang không tự chuyển tiếp, hãy sao chép liên kết trong email và dán vào ô bên dưới.",
      en: "If this page does not move on by itself, copy the link from the email and paste it below.",
    },
    withoutScript: {
      vi: "JavaScript đang tắt nên trang không tự đọc được mã trong liên kết. Hãy dán liên kết vào ô bên dưới, hoặc bật JavaScript rồi mở lại liên kết.",
      en: "JavaScript is off, so this page cannot read the code in the link by itself. Paste the link below, or turn JavaScript on and open the link again.",
    },
    script: linkOpenerScriptPath,
    form: {
      id: formId,
      action: input.action,
      fields: [
        { name: "step", type: "hidden", value: "open" },
        {
          name: "token",
          type: "text",
          label: { vi: "Liên kết hoặc mã trong email", en: "Link or code from the email" },
        },
      ],
      submit: { vi: "Tiếp tục", en: "Continue" },
    },
  });
}
