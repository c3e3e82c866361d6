// Renders a message view with the layout compiled from MJML (see message-mjml.ts). Parsing the compiled HTML into
// a marked template happens once; rendering a message afterwards is string work only.
import { type Language, languages } from "@ketnoi/domain";
import { compileMjml } from "../mjml/compile-mjml.js";
import { type MarkedTemplate, parseMarkedTemplate } from "../mjml/marked-template.js";
import { singleLine } from "./formatting.js";
import { messageMjml } from "./message-mjml.js";
import { renderMessageText } from "./message-text.js";
import type { MessageView } from "./message-view.js";

export interface RenderedMessage {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

export interface MessageRenderer {
  render(view: MessageView): RenderedMessage;
}

export function createMessageRenderer(htmlByLanguage: Readonly<Record<Language, string>>): MessageRenderer {
  const templates = new Map<Language, MarkedTemplate>(
    languages.map((lang) => [lang, parseMarkedTemplate(htmlByLanguage[lang])]),
  );
  return {
    render(view) {
      const template = templates.get(view.lang);
      if (!template) throw new Error(`no message template for language ${view.lang}`);
      // Names and titles come from users: one line each, so they cannot break the subject header.
      const subject = singleLine(view.subject);
      return { subject, html: template.render({ ...view, subject }), text: renderMessageText(view) };
    },
  };
}

/** The layout compiled from its MJML source now, for each language: the build step, the preview and tests. */
export async function compileMessageHtml(): Promise<Record<Language, string>> {
  const entries = await Promise.all(
    languages.map(async (lang) => [lang, await compileMjml(messageMjml(lang))] as const),
  );
  return Object.fromEntries(entries) as Record<Language, string>;
}
