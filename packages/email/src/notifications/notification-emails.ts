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

/** New messages in one thread, as an email tells of them (never their text: it stays in the product). */
export interface MessageNewsItem {
  supplierId: string;
  supplierName: string;
  count: number;
  /** One of them is the buyer's answer to a question from a supplier, sent to every supplier. */
  answerToAll: boolean;
}

export interface QuoteNewsEmailInput extends NotificationBase {
  /** The buyer's people (quotes and suppliers' messages) or a supplier's (the buyer's messages). */
  reader?: "buyer" | "supplier";
  request: { id: string; title: string; quantityUnit: string };
  /** The quotes that arrived or changed; with `messages`, at least one event in all. */
  quotes: QuoteNewsItem[];
  messages?: MessageNewsItem[];
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

function messageHeadline(
  input: QuoteNewsEmailInput,
  messages: MessageNewsItem[],
  title: string,
  lang: Language,
) {
  const total = messages.reduce((sum, item) => sum + item.count, 0);
  if (input.reader === "supplier") {
    if (messages.some((item) => item.answerToAll)) {
      return {
        subject: t(
          lang,
          `Bên mua trả lời câu hỏi của một nhà cung cấp: ${title}`,
          `The buyer answered a supplier's question: ${title}`,
        ),
        intro: t(
          lang,
          `Bên mua đã trả lời một câu hỏi về yêu cầu "${title}" cho mọi nhà cung cấp đang báo giá.`,
          `The buyer answered a question about the request "${title}" for every supplier quoting on it.`,
        ),
      };
    }
    return {
      subject: t(lang, `Tin nhắn mới từ bên mua: ${title}`, `New message from the buyer: ${title}`),
      intro: t(
        lang,
        `Bên mua đã gửi ${total} tin nhắn về yêu cầu "${title}".`,
        total === 1
          ? `The buyer sent you a message about the request "${title}".`
          : `The buyer sent you ${total} messages about the request "${title}".`,
      ),
    };
  }
  const [only] = messages;
  if (only && messages.length === 1) {
    const supplier = singleLine(only.supplierName);
    return {
      subject: t(lang, `Tin nhắn mới từ ${supplier}: ${title}`, `New message from ${supplier}: ${title}`),
      intro: t(
        lang,
        `${supplier} đã gửi ${only.count} tin nhắn về yêu cầu "${title}".`,
        only.count === 1
          ? `${supplier} sent a message about your request "${title}".`
          : `${supplier} sent ${only.count} messages about your request "${title}".`,
      ),
    };
  }
  return {
    subject: t(lang, `${total} tin nhắn mới: ${title}`, `${total} new messages: ${title}`),
    intro: t(
      lang,
      `Các nhà cung cấp đã gửi tin nhắn về yêu cầu "${title}":`,
      `Suppliers sent messages about your request "${title}":`,
    ),
  };
}

function messageItems(input: QuoteNewsEmailInput, messages: MessageNewsItem[], lang: Language) {
  const { links, request } = input;
  return messages.map((item) => ({
    title: input.reader === "supplier" ? t(lang, "Bên mua", "The buyer") : singleLine(item.supplierName),
    url:
      input.reader === "supplier"
        ? links.supplierRequest(request.id)
        : links.requestThread(request.id, item.supplierId),
    badge: t(
      lang,
      `${item.count} tin nhắn mới`,
      item.count === 1 ? "1 new message" : `${item.count} new messages`,
    ),
    meta: item.answerToAll
      ? t(
          lang,
          "Trả lời câu hỏi của một nhà cung cấp, gửi đến mọi nhà cung cấp",
          "An answer to a supplier's question, sent to every supplier",
        )
      : null,
    why: null,
  }));
}

/**
 * A quote arrived, or several things happened on one request (new quotes, revisions, messages) and are told
 * together. New quotes come first, then revisions, then messages per thread.
 */
export function quoteNewsEmailView(input: QuoteNewsEmailInput): MessageView {
  const lang = input.recipient.language;
  const { request, links } = input;
  const title = singleLine(request.title);
  const quotes = [...input.quotes.filter((q) => !q.revised), ...input.quotes.filter((q) => q.revised)];
  const messages = input.messages ?? [];
  const headline =
    messages.length === 0
      ? quoteNewsHeadline(quotes, title, lang)
      : quotes.length === 0
        ? messageHeadline(input, messages, title, lang)
        : {
            subject: t(lang, `Tin mới về yêu cầu: ${title}`, `News on your request: ${title}`),
            intro: t(
              lang,
              `Yêu cầu "${title}" có báo giá và tin nhắn mới kể từ email trước:`,
              `New quotes and messages on your request "${title}" since our last email:`,
            ),
          };
  const single = quotes.length === 1 && messages.length === 0;
  const toSupplier = input.reader === "supplier";
  const action = toSupplier
    ? { label: t(lang, "Xem và trả lời", "Read and reply"), url: links.supplierRequest(request.id) }
    : quotes.length > 0
      ? { label: t(lang, "So sánh báo giá", "Compare quotes"), url: links.requestQuotes(request.id) }
      : messages.length === 1 && messages[0]
        ? {
            label: t(lang, "Xem và trả lời", "Read and reply"),
            url: links.requestThread(request.id, messages[0].supplierId),
          }
        : { label: t(lang, "Xem yêu cầu", "View the request"), url: links.request(request.id) };
  return {
    lang,
    subject: headline.subject,
    preheader: single
      ? quoteFacts(quotes[0] as QuoteNewsItem, request.quantityUnit, lang).join(" · ")
      : [
          ...quotes.map((quote) => singleLine(quote.supplierName)),
          ...messageItems(input, messages, lang).map((item) => item.title),
        ].join(" · "),
    greeting: greeting(input.recipient.name, lang),
    intro: [{ text: headline.intro }],
    blocks: [
      {
        heading: null,
        summary: null,
        groups: [
          {
            title,
            url: toSupplier ? links.supplierRequest(request.id) : links.request(request.id),
            meta: null,
            lists: [
              {
                heading: null,
                items: [
                  ...quotes.map((quote) => ({
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
                  ...messageItems(input, messages, lang),
                ],
                lines: [],
                more: null,
              },
            ],
          },
        ],
        action,
        actionFallback: null,
      },
    ],
    outro: [],
    footer: footer(
      lang,
      links,
      input.unsubscribeUrl,
      toSupplier
        ? t(
            lang,
            "Bạn nhận được email này vì thông báo tức thời của bạn đang bật và doanh nghiệp của bạn tham gia yêu cầu này. Các tin về một yêu cầu được gộp lại, tối đa một email mỗi 15 phút.",
            "You receive this email because your immediate notifications are on and your company takes part in this request. News about one request is gathered: at most one email every 15 minutes.",
          )
        : t(
            lang,
            "Bạn nhận được email này vì thông báo tức thời của bạn đang bật và bạn là thành viên của doanh nghiệp đăng yêu cầu này. Các cập nhật về một yêu cầu được gộp lại, tối đa một email mỗi 15 phút.",
            "You receive this email because your immediate notifications are on and you belong to the company that posted this request. News about one request is gathered: at most one email every 15 minutes.",
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
