// The immediate notifications as message views, in the same layout as the digest: a quote arrived (to the
// buyer's members), a request the supplier quoted on was awarded (to the supplier's members).
import type { Language, MatchExplanation } from "@ketnoi/domain";
import { matchWhyLine } from "@ketnoi/domain";
import { formatDate, formatUnitPrice, singleLine } from "../messages/formatting.js";
import type { MessageLink, MessageView } from "../messages/message-view.js";
import { greeting, productTagline, settingsLabel, t } from "../messages/shared-copy.js";
import type { ProductLinks } from "../product-links.js";

interface NotificationBase {
  recipient: { name: string; language: Language };
  links: ProductLinks;
  /** Signed link that turns immediate notifications off; also in the List-Unsubscribe header. */
  unsubscribeUrl: string;
}

function footer(lang: Language, links: ProductLinks, unsubscribeUrl: string, reason: string) {
  const unsubscribe: MessageLink = {
    label: t(lang, "Tắt thông báo tức thời", "Turn off immediate notifications"),
    url: unsubscribeUrl,
  };
  return {
    reason,
    links: [{ label: settingsLabel[lang], url: links.notificationSettings() }, unsubscribe],
    tagline: productTagline[lang],
  };
}

export interface QuoteReceivedEmailInput extends NotificationBase {
  request: { id: string; title: string; quantityUnit: string };
  quote: {
    supplierName: string;
    unitPrice: { amount: number; currency: string };
    leadTimeDays: number | null;
    validUntil: string | null;
    /** 1 for a first quote; higher when the supplier revised it. */
    revision: number;
  };
  /** How the supplier matched the request, when a match is stored. */
  explanation: MatchExplanation | null;
}

export function quoteReceivedEmailView(input: QuoteReceivedEmailInput): MessageView {
  const lang = input.recipient.language;
  const { request, quote, links } = input;
  const supplier = singleLine(quote.supplierName);
  const title = singleLine(request.title);
  const revised = quote.revision > 1;
  const price = formatUnitPrice(quote.unitPrice, request.quantityUnit, lang);
  const facts = [price];
  if (quote.leadTimeDays !== null)
    facts.push(t(lang, `sản xuất ${quote.leadTimeDays} ngày`, `${quote.leadTimeDays}-day lead time`));
  if (quote.validUntil !== null)
    facts.push(
      t(
        lang,
        `hiệu lực đến ${formatDate(quote.validUntil, lang)}`,
        `valid until ${formatDate(quote.validUntil, lang)}`,
      ),
    );
  return {
    lang,
    subject: revised
      ? t(lang, `${supplier} cập nhật báo giá: ${title}`, `${supplier} revised its quote: ${title}`)
      : t(lang, `Báo giá mới từ ${supplier}: ${title}`, `New quote from ${supplier}: ${title}`),
    preheader: facts.join(" · "),
    greeting: greeting(input.recipient.name, lang),
    intro: [
      {
        text: revised
          ? t(
              lang,
              `${supplier} đã cập nhật báo giá cho yêu cầu "${title}".`,
              `${supplier} revised its quote for your request "${title}".`,
            )
          : t(
              lang,
              `${supplier} đã gửi báo giá cho yêu cầu "${title}".`,
              `${supplier} sent a quote for your request "${title}".`,
            ),
      },
    ],
    blocks: [
      {
        heading: null,
        summary: null,
        groups: [
          {
            title,
            url: links.request(request.id),
            meta: null,
            lists: [
              {
                heading: null,
                items: [
                  {
                    title: supplier,
                    url: links.requestQuotes(request.id),
                    badge: revised ? t(lang, `Lần ${quote.revision}`, `Revision ${quote.revision}`) : null,
                    meta: facts.join(" · "),
                    why: input.explanation ? matchWhyLine(input.explanation, lang) : null,
                  },
                ],
                lines: [],
                more: null,
              },
            ],
          },
        ],
        action: { label: t(lang, "So sánh báo giá", "Compare quotes"), url: links.requestQuotes(request.id) },
        actionFallback: null,
      },
    ],
    outro: [],
    footer: footer(
      lang,
      links,
      input.unsubscribeUrl,
      t(
        lang,
        "Bạn nhận được email này vì bạn đã bật thông báo tức thời và là thành viên của doanh nghiệp đăng yêu cầu này.",
        "You receive this email because you turned on immediate notifications and belong to the company that posted this request.",
      ),
    ),
  };
}

export interface QuoteOutcomeEmailInput extends NotificationBase {
  request: { id: string; title: string };
  /** Whether this recipient's quote won. */
  awarded: boolean;
}

export function quoteOutcomeEmailView(input: QuoteOutcomeEmailInput): MessageView {
  const lang = input.recipient.language;
  const title = singleLine(input.request.title);
  const url = input.links.supplierRequest(input.request.id);
  return {
    lang,
    subject: input.awarded
      ? t(lang, `Báo giá của bạn đã được chọn: ${title}`, `Your quote was chosen: ${title}`)
      : t(lang, `Yêu cầu đã được trao: ${title}`, `Request awarded to another supplier: ${title}`),
    preheader: input.awarded
      ? t(lang, "Bên mua đã chọn báo giá của bạn.", "The buyer chose your quote.")
      : t(lang, "Bên mua đã chọn một nhà cung cấp khác.", "The buyer chose another supplier."),
    greeting: greeting(input.recipient.name, lang),
    intro: input.awarded
      ? [
          {
            text: t(
              lang,
              `Chúc mừng! Bên mua đã chọn báo giá của bạn cho yêu cầu "${title}".`,
              `Congratulations! The buyer chose your quote for "${title}".`,
            ),
          },
          {
            text: t(
              lang,
              "Bên mua sẽ liên hệ với bạn để hoàn tất đơn hàng.",
              "The buyer will contact you to finalise the order.",
            ),
          },
        ]
      : [
          {
            text: t(
              lang,
              `Bên mua đã chọn một nhà cung cấp khác cho yêu cầu "${title}".`,
              `The buyer chose another supplier for "${title}".`,
            ),
          },
          {
            text: t(
              lang,
              "Cảm ơn bạn đã báo giá. Các yêu cầu phù hợp mới sẽ tiếp tục được gửi đến bạn.",
              "Thank you for quoting. New requests that fit you will keep coming.",
            ),
          },
        ],
    blocks: [
      {
        heading: null,
        summary: null,
        groups: [],
        action: { label: t(lang, "Xem yêu cầu", "View the request"), url },
        actionFallback: null,
      },
    ],
    outro: [],
    footer: footer(
      lang,
      input.links,
      input.unsubscribeUrl,
      t(
        lang,
        "Bạn nhận được email này vì bạn đã bật thông báo tức thời và doanh nghiệp của bạn đã báo giá cho yêu cầu này.",
        "You receive this email because you turned on immediate notifications and your company quoted on this request.",
      ),
    ),
  };
}
