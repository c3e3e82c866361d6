// One content model rendered twice, to HTML and to plain text, so the two parts of an email cannot drift apart.
import type { Language } from "@ketnoi/domain";
import { escapeHtml } from "./escape-html.js";

/** A run of text inside a paragraph; `strong` is emphasised in HTML and plain in the text part. */
export type Inline = string | { readonly strong: string };
export type Paragraph = string | readonly Inline[];

export interface EmailContent {
  readonly lang: Language;
  readonly subject: string;
  /** The preview line most inboxes show after the subject. */
  readonly preheader: string;
  readonly greeting: string;
  readonly intro: readonly Paragraph[];
  readonly action: { readonly label: string; readonly url: string };
  readonly outro: readonly Paragraph[];
  /** Why this person got the email, shown in the footer. */
  readonly reason: string;
}

export interface RenderedEmail {
  readonly subject: string;
  readonly html: string;
  readonly text: string;
}

const productName = "Kết Nối";

const layoutCopy: Record<
  Language,
  { readonly linkFallback: string; readonly signOff: string; readonly tagline: string }
> = {
  vi: {
    linkFallback: "Nếu nút trên không hoạt động, hãy sao chép và dán liên kết sau vào trình duyệt:",
    signOff: `Trân trọng,\nĐội ngũ ${productName}`,
    tagline: `${productName} – sàn kết nối doanh nghiệp sản xuất tại các khu công nghiệp TP. Hồ Chí Minh với nhà cung cấp công nghiệp hỗ trợ.`,
  },
  en: {
    linkFallback: "If the button doesn't work, copy and paste this link into your browser:",
    signOff: `Best regards,\nThe ${productName} team`,
    tagline: `${productName} – the marketplace connecting manufacturers in Ho Chi Minh City's industrial zones with supporting-industry suppliers.`,
  },
};

/**
 * Collapses all whitespace, line breaks included, to single spaces. Names and organisation names come from
 * users; this keeps them from breaking the subject header or forging lines in the text part.
 */
export function singleLine(value: string): string {
  return value.replace(/\s+/g, " ").trim();
}

/** Links in emails must be web links: anything else (javascript:, data:) would be a bug or an attack. */
function assertWebUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(`Email link is not a valid URL: ${url}`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") {
    throw new TypeError(`Email link must use http or https, got ${parsed.protocol}`);
  }
}

export function renderEmail(content: EmailContent): RenderedEmail {
  assertWebUrl(content.action.url);
  const subject = singleLine(content.subject);
  return { subject, html: renderHtml(content, subject), text: renderText(content) };
}

const fontFamily = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
const colors = {
  page: "#f4f5f7",
  card: "#ffffff",
  text: "#1f2933",
  muted: "#52606d",
  faint: "#7b8794",
  brand: "#0f5c99",
} as const;

function paragraphHtml(paragraph: Paragraph, style = "margin:0 0 16px;"): string {
  const runs: readonly Inline[] = typeof paragraph === "string" ? [paragraph] : paragraph;
  const inner = runs
    .map((run) => (typeof run === "string" ? escapeHtml(run) : `<strong>${escapeHtml(run.strong)}</strong>`))
    .join("");
  return `<p style="${style}">${inner}</p>`;
}

function paragraphText(paragraph: Paragraph): string {
  return typeof paragraph === "string"
    ? paragraph
    : paragraph.map((run) => (typeof run === "string" ? run : run.strong)).join("");
}

/** Line breaks in copy (the sign-off) become <br>, after escaping so they cannot smuggle markup. */
function multilineHtml(value: string): string {
  return value.split("\n").map(escapeHtml).join("<br>");
}

function renderHtml(content: EmailContent, subject: string): string {
  const copy = layoutCopy[content.lang];
  const url = escapeHtml(content.action.url);
  // Tables and inline styles because many clients (Outlook, Gmail apps) drop <style> blocks and ignore flexbox.
  return `<!doctype html>
<html lang="${content.lang}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<meta name="color-scheme" content="light">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:0;background-color:${colors.page};">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;font-size:1px;line-height:1px;color:${colors.page};opacity:0;">${escapeHtml(content.preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:${colors.page};">
<tr>
<td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;">
<tr>
<td style="padding:0 4px 16px;font-family:${fontFamily};font-size:22px;font-weight:700;color:${colors.brand};">${escapeHtml(productName)}</td>
</tr>
<tr>
<td style="background-color:${colors.card};border-radius:8px;padding:32px 28px;font-family:${fontFamily};font-size:16px;line-height:1.6;color:${colors.text};">
${paragraphHtml(content.greeting)}
${content.intro.map((p) => paragraphHtml(p)).join("\n")}
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:24px 0;">
<tr>
<td align="center" bgcolor="${colors.brand}" style="border-radius:6px;background-color:${colors.brand};">
<a href="${url}" target="_blank" style="display:inline-block;padding:12px 28px;font-family:${fontFamily};font-size:16px;font-weight:600;line-height:1.4;color:#ffffff;text-decoration:none;border-radius:6px;">${escapeHtml(content.action.label)}</a>
</td>
</tr>
</table>
${paragraphHtml(copy.linkFallback, `margin:0 0 8px;font-size:14px;color:${colors.muted};`)}
<p style="margin:0 0 24px;font-size:14px;word-break:break-all;"><a href="${url}" target="_blank" style="color:${colors.brand};text-decoration:underline;">${url}</a></p>
${content.outro.map((p) => paragraphHtml(p)).join("\n")}
<p style="margin:24px 0 0;">${multilineHtml(copy.signOff)}</p>
</td>
</tr>
<tr>
<td style="padding:16px 4px 0;font-family:${fontFamily};font-size:12px;line-height:1.5;color:${colors.faint};">
${paragraphHtml(content.reason, "margin:0 0 8px;")}
${paragraphHtml(copy.tagline, "margin:0;")}
</td>
</tr>
</table>
</td>
</tr>
</table>
</body>
</html>
`;
}

function renderText(content: EmailContent): string {
  const copy = layoutCopy[content.lang];
  const blocks = [
    content.greeting,
    ...content.intro.map(paragraphText),
    `${content.action.label}:\n${content.action.url}`,
    ...content.outro.map(paragraphText),
    copy.signOff,
    // "-- " with the trailing space is the conventional signature separator that clients recognise.
    `-- \n${content.reason}\n${copy.tagline}`,
  ];
  return `${blocks.join("\n\n")}\n`;
}
