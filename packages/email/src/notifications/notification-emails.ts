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

/** One supplier's quote as an email tells the buyer about it: its current terms. */
export interface QuoteNewsItem {
  supplierName: string;
  unitPrice: { amount: number; currency: string };
  leadTimeDays: number | null;
  validUntil: string | null;
  revision: number;
  /**
   * The reader was already told of this quote, so this is news of a revision. Decided by what the reader was
   * sent, not by the revision number: someone who first hears of a quote at its third revision reads "new quote".
   */
  revised: boolean;
  /** How the supplier matched the request, when a match is stored. */
  explanation: MatchExplanation | null;
}

export interface QuoteNewsEmailInput extends NotificationBase {
  request: { id: string; title: string; quantityUnit: string };
  /** At least one: the quote that arrived, or everything gathered on the request since the last email. */
  quotes: QuoteNewsItem[];
}

function quoteFacts(quote: QuoteNewsItem, quantityUnit: string, lang: Language): string[] {
  const facts = [formatUnitPrice(quote.unitPrice, quantityUnit, lang)];
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
  return facts;
}

function quoteNewsHeadline(quotes: QuoteNewsItem[], title: string, lang: Language) {
  const [only] = quotes;
  if (only && quotes.length === 1) {
    const supplier = singleLine(only.supplierName);
    return only.revised
      ? {
          subject: t(
            lang,
            `${supplier} cập nhật báo giá: ${title}`,
            `${supplier} revised its quote: ${title}`,
          ),
          intro: t(
            lang,
            `${supplier} đã cập nhật báo giá cho yêu cầu "${title}".`,
            `${supplier} revised its quote for your request "${title}".`,
          ),
        }
      : {
          subject: t(lang, `Báo giá mới từ ${supplier}: ${title}`, `New quote from ${supplier}: ${title}`),
          intro: t(
            lang,
            `${supplier} đã gửi báo giá cho yêu cầu "${title}".`,
            `${supplier} sent a quote for your request "${title}".`,
          ),
        };
  }
  const fresh = quotes.filter((quote) => !quote.revised).length;
  const revised = quotes.length - fresh;
  const subject =
    revised === 0
      ? t(lang, `${fresh} báo giá mới: ${title}`, `${fresh} new quotes: ${title}`)
      : fresh === 0
        ? t(lang, `${revised} báo giá được cập nhật: ${title}`, `${revised} quotes revised: ${title}`)
        : t(
            lang,
            `${fresh} báo giá mới, ${revised} báo giá cập nhật: ${title}`,
            `New and revised quotes (${fresh} new, ${revised} revised): ${title}`,
          );
  return {
    subject,
    intro: t(
      lang,
      `Các báo giá cho yêu cầu "${title}" có tin mới kể từ email trước:`,
      `News on the quotes for your request "${title}" since our last email:`,
    ),
  };
}

/**
 * A quote arrived, or several things happened to the quotes on one request (new quotes, revisions) and are told
 * together. New quotes come first, then revisions.
 */
export function quoteNewsEmailView(input: QuoteNewsEmailInput): MessageView {
  const lang = input.recipient.language;
  const { request, links } = input;
  const title = singleLine(request.title);
  const quotes = [...input.quotes.filter((q) => !q.revised), ...input.quotes.filter((q) => q.revised)];
  const headline = quoteNewsHeadline(quotes, title, lang);
  const single = quotes.length === 1;
  return {
    lang,
    subject: headline.subject,
    preheader: single
      ? quoteFacts(quotes[0] as QuoteNewsItem, request.quantityUnit, lang).join(" · ")
      : quotes.map((quote) => singleLine(quote.supplierName)).join(" · "),
    greeting: greeting(input.recipient.name, lang),
    intro: [{ text: headline.intro }],
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
                items: quotes.map((quote) => ({
                  title: singleLine(quote.supplierName),
                  url: links.requestQuotes(request.id),
                  badge: quote.revised
                    ? t(lang, `Cập nhật, lần ${quote.revision}`, `Revised, revision ${quote.revision}`)
                    : single
                      ? null
                      : t(lang, "Báo giá mới", "New quote"),
                  meta: quoteFacts(quote, request.quantityUnit, lang).join(" · "),
                  why: quote.explanation ? matchWhyLine(quote.explanation, lang) : null,
                })),
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
        "Bạn nhận được email này vì bạn đã bật thông báo tức thời và là thành viên của doanh nghiệp đăng yêu cầu này. Các cập nhật về một yêu cầu được gộp lại, tối đa một email mỗi 15 phút.",
        "You receive this email because you turned on immediate notifications and belong to the company that posted this request. News about one request is gathered: at most one email every 15 minutes.",
      ),
    ),
  };
}

export interface QuoteOutcomeEmailInput extends NotificationBase {
  request: { id: string; title: string };
  /** Whether this recipient's quote won. */
  awarded: boolean;
  /** Why the buyer chose the winning quote, as the buyer wrote it; told to the others only, empty when none. */
  reason: string;
}

export function quoteOutcomeEmailView(input: QuoteOutcomeEmailInput): MessageView {
  const lang = input.recipient.language;
  const title = singleLine(input.request.title);
  const url = input.links.supplierRequest(input.request.id);
  // The buyer's own words, shown as text (the renderer escapes it); one paragraph, however it was typed.
  const reason = singleLine(input.reason);
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
              "Thông tin liên hệ của bên mua (người liên hệ, email, điện thoại) đã hiện trên trang yêu cầu: hãy liên hệ để hoàn tất đơn hàng.",
              "The buyer's contact details (name, email, phone) are now on the request page: get in touch to finalise the order.",
            ),
          },
        ]
      : [
          {
            text: t(
              lang,
              `Bên mua đã chọn một nhà cung cấp khác cho yêu cầu "${title}".`,
              `The buyer awarded "${title}" to another supplier.`,
            ),
          },
          ...(reason
            ? [{ text: t(lang, `Lý do bên mua đưa ra: "${reason}"`, `The buyer's reason: "${reason}"`) }]
            : []),
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
        action: input.awarded
          ? { label: t(lang, "Xem liên hệ của bên mua", "See the buyer's contact"), url }
          : { label: t(lang, "Xem yêu cầu", "View the request"), url },
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
