// The one MJML layout behind every email: a header, greeting and intro, then blocks of groups of lists (requests →
// matches, quotes; a supplier profile → opportunities, near misses, certificates) each ending in its button, the
// closing lines, then the footer with the reason and, for subscriptions, the preferences and unsubscribe links.
// Account emails (verify, reset, invitation) are one block with a button and the link written out under it.
// Markers are explained in marked-template.ts.
import type { Language } from "@ketnoi/domain";

const colors = {
  page: "#f4f5f7",
  card: "#ffffff",
  text: "#1f2933",
  muted: "#52606d",
  faint: "#7b8794",
  brand: "#0f5c99",
  rule: "#e4e7eb",
  badge: "#e3f0fa",
} as const;

const fontFamily = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

const each = (name: string, body: string) => `<mj-raw><!--ketnoi:each:${name}--></mj-raw>
${body}
<mj-raw><!--ketnoi:end:${name}--></mj-raw>`;
const when = (name: string, body: string) => `<mj-raw><!--ketnoi:if:${name}--></mj-raw>
${body}
<mj-raw><!--ketnoi:end:${name}--></mj-raw>`;
/** Inside an mj-text the markers are plain HTML comments. */
const inlineWhen = (name: string, body: string) => `<!--ketnoi:if:${name}-->${body}<!--ketnoi:end:${name}-->`;
const inlineUnless = (name: string, body: string) =>
  `<!--ketnoi:unless:${name}-->${body}<!--ketnoi:end:${name}-->`;
const inlineEach = (name: string, body: string) =>
  `<!--ketnoi:each:${name}-->${body}<!--ketnoi:end:${name}-->`;

const item = `<mj-text padding="10px 28px 0">
  <a href="%%url%%" target="_blank" style="color:${colors.brand};font-weight:600;text-decoration:none;">%%title%%</a>${inlineWhen(
    "badge",
    ` <span style="background-color:${colors.badge};color:${colors.brand};border-radius:4px;padding:1px 6px;font-size:12px;white-space:nowrap;">%%badge%%</span>`,
  )}${inlineWhen("meta", `<br><span style="color:${colors.muted};font-size:14px;">%%meta%%</span>`)}${inlineWhen(
    "why",
    `<br><span style="color:${colors.muted};font-size:13px;">%%why%%</span>`,
  )}
</mj-text>`;

const list = `${when("heading", `<mj-text padding="16px 28px 0" font-size="14px" font-weight="700" color="${colors.muted}" text-transform="uppercase">%%heading%%</mj-text>`)}
${each("items", item)}
${each("lines", `<mj-text padding="8px 28px 0">&#8226; %%text%%</mj-text>`)}
${when("more", `<mj-text padding="10px 28px 0" font-size="14px"><a href="%%more.url%%" target="_blank" style="color:${colors.brand};">%%more.label%% &#8594;</a></mj-text>`)}`;

const group = `${when(
  "title",
  `<mj-text padding="20px 28px 0" font-size="17px" font-weight="700">${inlineWhen(
    "url",
    `<a href="%%url%%" target="_blank" style="color:${colors.text};text-decoration:none;">%%title%%</a>`,
  )}${inlineUnless("url", "%%title%%")}${inlineWhen("meta", `<br><span style="color:${colors.muted};font-size:14px;font-weight:400;">%%meta%%</span>`)}</mj-text>`,
)}
${each("lists", list)}`;

const block = `<mj-section padding="0 0 8px">
  <mj-column>
    <mj-divider border-width="1px" border-color="${colors.rule}" padding="16px 28px 8px" />
    ${when("heading", `<mj-text padding="8px 28px 0" font-size="20px" font-weight="700" color="${colors.brand}">%%heading%%</mj-text>`)}
    ${when("summary", `<mj-text padding="6px 28px 0" color="${colors.muted}">%%summary%%</mj-text>`)}
    ${each("groups", group)}
    ${when("action", `<mj-button href="%%action.url%%" align="left" background-color="${colors.brand}" color="#ffffff" font-size="16px" font-weight="600" border-radius="6px" inner-padding="12px 28px" padding="20px 28px 8px">%%action.label%%</mj-button>`)}
    ${when(
      "actionFallback",
      `<mj-text padding="8px 28px 0" font-size="14px" color="${colors.muted}">%%actionFallback%%<br><a href="%%action.url%%" target="_blank" style="color:${colors.brand};text-decoration:underline;word-break:break-all;">%%action.url%%</a></mj-text>`,
    )}
  </mj-column>
</mj-section>`;

export function messageMjml(lang: Language): string {
  return `<mjml lang="${lang}">
  <mj-head>
    <mj-title>%%subject%%</mj-title>
    <mj-preview>%%preheader%%</mj-preview>
    <mj-attributes>
      <mj-all font-family="${fontFamily}" />
      <mj-text font-size="16px" line-height="1.55" color="${colors.text}" />
      <mj-section padding="0" />
      <mj-column padding="0" />
    </mj-attributes>
  </mj-head>
  <mj-body background-color="${colors.page}" width="600px">
    <mj-section padding="24px 0 12px">
      <mj-column>
        <mj-text font-size="22px" font-weight="700" color="${colors.brand}" padding="0 16px">Kết Nối</mj-text>
      </mj-column>
    </mj-section>
    <mj-wrapper background-color="${colors.card}" border-radius="8px" padding="20px 0 28px">
      <mj-section padding="0">
        <mj-column>
          <mj-text padding="8px 28px 0">%%greeting%%</mj-text>
          ${each("intro", `<mj-text padding="12px 28px 0">%%text%%</mj-text>`)}
        </mj-column>
      </mj-section>
      ${each("blocks", block)}
      ${when(
        "outro",
        `<mj-section padding="8px 0 0">
        <mj-column>
          ${each("outro", `<mj-text padding="12px 28px 0">%%text%%</mj-text>`)}
        </mj-column>
      </mj-section>`,
      )}
    </mj-wrapper>
    <mj-section padding="16px 0 32px">
      <mj-column>
        <mj-text font-size="12px" line-height="1.5" color="${colors.faint}" padding="0 16px 8px">%%footer.reason%%</mj-text>
        ${when(
          "footer.links",
          `<mj-text font-size="12px" line-height="1.5" color="${colors.faint}" padding="0 16px 8px">${inlineEach(
            "footer.links",
            `<a href="%%url%%" target="_blank" style="color:${colors.muted};text-decoration:underline;">%%label%%</a>&nbsp;&nbsp; `,
          )}</mj-text>`,
        )}
        <mj-text font-size="12px" line-height="1.5" color="${colors.faint}" padding="0 16px">%%footer.tagline%%</mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
}
