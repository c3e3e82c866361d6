// The layout every account and onboarding email shares: a greeting, a few lines, one button with its link
// written out under it (for mail clients that drop buttons), a few lines after, and why the person got it.
import type { Language } from "@ketnoi/domain";
import type { MessageLink, MessageView } from "../messages/message-view.js";
import { greeting, productTagline, t } from "../messages/shared-copy.js";

/** Links in emails must be web links: anything else (javascript:, data:) would be a bug or an attack. */
export function webLink(label: string, url: string): MessageLink {
  const protocol = URL.canParse(url) ? new URL(url).protocol : undefined;
  if (protocol !== "https:" && protocol !== "http:") {
    throw new TypeError(`an email link must be an http(s) URL, got ${protocol ?? "no URL"}`);
  }
  return { label, url };
}

export function oneActionEmail(input: {
  lang: Language;
  subject: string;
  preheader: string;
  name: string;
  intro: string[];
  action: MessageLink;
  outro: string[];
  reason: string;
}): MessageView {
  const { lang } = input;
  return {
    lang,
    subject: input.subject,
    preheader: input.preheader,
    greeting: greeting(input.name, lang),
    intro: input.intro.map((text) => ({ text })),
    blocks: [
      {
        heading: null,
        summary: null,
        groups: [],
        action: input.action,
        actionFallback: t(
          lang,
          "Nếu nút trên không hoạt động, hãy sao chép và dán liên kết sau vào trình duyệt:",
          "If the button doesn't work, copy and paste this link into your browser:",
        ),
      },
    ],
    outro: input.outro.map((text) => ({ text })),
    footer: { reason: input.reason, links: [], tagline: productTagline[lang] },
  };
}
