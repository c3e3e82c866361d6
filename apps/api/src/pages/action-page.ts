// Small bilingual HTML pages behind the links in emails. The web front end will take these over; until then a
// person can finish every flow from their inbox.
import { escapeHtml } from "@ketnoi/domain";
import type { FastifyReply } from "fastify";

/** Text in both languages; Vietnamese first, as most of our users read it. */
export interface Bilingual {
  vi: string;
  en: string;
}

export interface FormField {
  name: string;
  type: "hidden" | "password" | "text";
  value?: string;
  label?: Bilingual;
  autocomplete?: string;
}

export interface ActionPageInput {
  title: Bilingual;
  message: Bilingual;
  form?: { id?: string; action: string; fields: FormField[]; submit: Bilingual };
  /** Said only when the browser runs no JavaScript, for pages whose script does part of the work. */
  withoutScript?: Bilingual;
  /** A script of ours, by path, served by the API itself; it runs under the response's script nonce. */
  script?: string;
}

/** The nonces helmet gives each response under /pages/: only a script or style carrying one may run. */
interface PageNonces {
  script: string;
  style: string;
}

/** A page's HTML, finished once the response's Content-Security-Policy nonces are known. */
export type Page = (nonces: PageNonces) => string;

export function actionPage(input: ActionPageInput): Page {
  const field = (f: FormField) =>
    f.type === "hidden"
      ? `<input type="hidden" name="${escapeHtml(f.name)}" value="${escapeHtml(f.value ?? "")}">`
      : `<label>${escapeHtml(f.label?.vi ?? f.name)} / ${escapeHtml(f.label?.en ?? f.name)}
<input type="${f.type}" name="${escapeHtml(f.name)}" required autocomplete="${escapeHtml(f.autocomplete ?? "off")}"></label>`;
  const form = input.form
    ? `<form method="post" action="${escapeHtml(input.form.action)}"${input.form.id ? ` id="${escapeHtml(input.form.id)}"` : ""}>${input.form.fields.map(field).join("\n")}
<button type="submit">${escapeHtml(input.form.submit.vi)} / ${escapeHtml(input.form.submit.en)}</button></form>`
    : "";
  const withoutScript = input.withoutScript
    ? `<noscript><p>${escapeHtml(input.withoutScript.vi)}</p><p class="en" lang="en">${escapeHtml(input.withoutScript.en)}</p></noscript>\n`
    : "";
  const script = (nonce: string) =>
    input.script
      ? `<script nonce="${escapeHtml(nonce)}" src="${escapeHtml(input.script)}" defer></script>\n`
      : "";
  return (nonces) => `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(input.title.vi)} · Kết Nối</title>
<style nonce="${escapeHtml(nonces.style)}">body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1f2937}
h1{font-size:1.4rem}p.en{color:#4b5563}label{display:block;margin:.8rem 0}input{display:block;width:100%;padding:.5rem;margin-top:.3rem}
button{margin-top:1rem;padding:.6rem 1.2rem;background:#0f766e;color:#fff;border:0;border-radius:.3rem;font-size:1rem}</style>
${script(nonces.script)}</head><body><h1>${escapeHtml(input.title.vi)}<br><small>${escapeHtml(input.title.en)}</small></h1>
<p>${escapeHtml(input.message.vi)}</p><p class="en" lang="en">${escapeHtml(input.message.en)}</p>
${withoutScript}${form}</body></html>`;
}

/**
 * Sends a page. Never stored by the browser or a proxy: pages after a POST carry the link's token in a hidden
 * field, and the answer to an unsubscribe link is about one person.
 */
export const sendPage = (reply: FastifyReply, page: Page, status = 200) =>
  reply
    .code(status)
    .header("cache-control", "no-store")
    .type("text/html; charset=utf-8")
    .send(page(reply.cspNonce));

export const invalidLinkPage = () =>
  actionPage({
    title: { vi: "Liên kết không hợp lệ", en: "This link is not valid" },
    message: {
      vi: "Liên kết đã được dùng, đã hết hạn hoặc không đúng. Hãy yêu cầu gửi lại email.",
      en: "The link was already used, has expired or is wrong. Please ask for a new email.",
    },
  });
