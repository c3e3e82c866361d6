// The weekly digest as a message view: what selectDigest chose, in the recipient's language, with a deep link on
// every item and the one-line reason it is there.
import {
  type DigestSelection,
  type DigestWindow,
  describeNearMissGroup,
  getCertification,
  hcmcDate,
  type Language,
  matchWhyLine,
  type SelectedBuyerRequest,
  type SelectedSupplier,
} from "@ketnoi/domain";
import {
  counted,
  formatDate,
  formatDateTime,
  formatNumber,
  formatUnitPrice,
} from "../messages/formatting.js";
import type { MessageBlock, MessageGroup, MessageItem, MessageView } from "../messages/message-view.js";
import { greeting, productTagline, settingsLabel, t } from "../messages/shared-copy.js";
import type { ProductLinks } from "../product-links.js";

export interface DigestEmailInput {
  recipient: { name: string; language: Language };
  selection: DigestSelection;
  window: DigestWindow;
  links: ProductLinks;
  /** The signed one-click link; also goes into the List-Unsubscribe header. */
  unsubscribeUrl: string;
}

function buyerParts(selection: DigestSelection, lang: Language): string[] {
  const parts: string[] = [];
  if (selection.newMatchCount > 0)
    parts.push(
      counted(selection.newMatchCount, lang, "nhà cung cấp mới phù hợp", [
        "new matching supplier",
        "new matching suppliers",
      ]),
    );
  if (selection.newQuoteCount > 0)
    parts.push(counted(selection.newQuoteCount, lang, "báo giá mới", ["new quote", "new quotes"]));
  return parts;
}

/** What is new, most valuable first: the subject takes the first two, the preview line all of them. */
function headlineParts(selection: DigestSelection, lang: Language): string[] {
  const parts = buyerParts(selection, lang);
  if (selection.newOpportunityCount > 0)
    parts.push(
      counted(selection.newOpportunityCount, lang, "yêu cầu mới phù hợp", [
        "new request that fits you",
        "new requests that fit you",
      ]),
    );
  if (selection.nearMissCount > 0)
    parts.push(counted(selection.nearMissCount, lang, "yêu cầu suýt phù hợp", ["near miss", "near misses"]));
  const expiring = selection.suppliers.reduce((sum, s) => sum + s.expiringCertifications.length, 0);
  if (expiring > 0)
    parts.push(
      counted(expiring, lang, "chứng nhận sắp hết hạn", [
        "certificate expiring soon",
        "certificates expiring soon",
      ]),
    );
  return parts;
}

function matchItems(request: SelectedBuyerRequest, lang: Language, links: ProductLinks): MessageItem[] {
  return request.matches.map((match) => ({
    title: match.supplierName,
    url: links.requestMatch(request.requestId, match.supplierId),
    badge: match.verified ? t(lang, "Đã xác minh", "Verified") : null,
    meta: t(
      lang,
      `Điểm phù hợp ${Math.round(match.score)}/100`,
      `Match score ${Math.round(match.score)}/100`,
    ),
    why: matchWhyLine(match.explanation, lang),
  }));
}

function quoteItems(request: SelectedBuyerRequest, lang: Language, links: ProductLinks): MessageItem[] {
  return request.quotes.map((quote) => {
    const facts = [formatUnitPrice(quote.unitPrice, quote.quantityUnit, lang)];
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
      title: quote.supplierName,
      url: links.requestQuotes(request.requestId),
      badge: null,
      meta: facts.join(" · "),
      why: quote.explanation ? matchWhyLine(quote.explanation, lang) : null,
    };
  });
}

function buyerGroup(request: SelectedBuyerRequest, lang: Language, links: ProductLinks): MessageGroup {
  const lists: MessageGroup["lists"] = [];
  if (request.matchCount > 0) {
    lists.push({
      heading: t(
        lang,
        `Nhà cung cấp mới phù hợp (${request.matchCount})`,
        `New matching suppliers (${request.matchCount})`,
      ),
      items: matchItems(request, lang, links),
      lines: [],
      more:
        request.matchCount > request.matches.length
          ? {
              label: t(
                lang,
                `Xem cả ${request.matchCount} nhà cung cấp`,
                `See all ${request.matchCount} suppliers`,
              ),
              url: links.request(request.requestId),
            }
          : null,
    });
  }
  if (request.quoteCount > 0) {
    lists.push({
      heading: t(lang, `Báo giá mới (${request.quoteCount})`, `New quotes (${request.quoteCount})`),
      items: quoteItems(request, lang, links),
      lines: [],
      more: {
        label: t(lang, "So sánh các báo giá", "Compare the quotes"),
        url: links.requestQuotes(request.requestId),
      },
    });
  }
  const deadline = formatDateTime(request.quoteDeadline, lang);
  return {
    title: request.title,
    url: links.request(request.requestId),
    meta: t(lang, `Hạn nhận báo giá: ${deadline}`, `Quotes due ${deadline}`),
    lists,
  };
}

function buyerBlock(selection: DigestSelection, lang: Language, links: ProductLinks): MessageBlock {
  const requests = counted(selection.buyerRequestCount, lang, "yêu cầu", ["request", "requests"]);
  const news = buyerParts(selection, lang);
  const hidden = selection.buyerRequestCount - selection.buyerRequests.length;
  return {
    heading: t(lang, "Yêu cầu tìm nguồn hàng của bạn", "Your sourcing requests"),
    summary: t(lang, `${news.join(" và ")} cho ${requests}.`, `${news.join(" and ")} on ${requests}.`),
    groups: selection.buyerRequests.map((request) => buyerGroup(request, lang, links)),
    action: {
      label:
        hidden > 0
          ? t(
              lang,
              `Xem thêm ${hidden} yêu cầu có tin mới`,
              `See ${hidden} more ${hidden === 1 ? "request" : "requests"} with news`,
            )
          : t(lang, "Mở danh sách yêu cầu", "Open your requests"),
      url: links.requests(),
    },
    actionFallback: null,
  };
}

function supplierBlock(supplier: SelectedSupplier, lang: Language, links: ProductLinks): MessageBlock {
  const groups: MessageGroup[] = [];
  if (supplier.opportunityCount > 0) {
    groups.push({
      title: null,
      url: null,
      meta: null,
      lists: [
        {
          heading: t(
            lang,
            `Yêu cầu mới phù hợp (${supplier.opportunityCount})`,
            `New requests that fit you (${supplier.opportunityCount})`,
          ),
          items: supplier.opportunities.map((opportunity) => {
            const buyer = opportunity.buyerName ?? t(lang, "Bên mua ẩn tên", "Buyer not named");
            const deadline = formatDateTime(opportunity.quoteDeadline, lang);
            const neededBy = formatDate(opportunity.neededBy, lang);
            const km = formatNumber(opportunity.explanation.distanceKm, lang);
            return {
              title: opportunity.title,
              url: links.supplierRequest(opportunity.requestId),
              badge: null,
              meta: t(
                lang,
                `${buyer} · báo giá trước ${deadline} · cần hàng ${neededBy} · cách ${km} km`,
                `${buyer} · quote by ${deadline} · needed by ${neededBy} · ${km} km away`,
              ),
              why: matchWhyLine(opportunity.explanation, lang),
            };
          }),
          lines: [],
          more:
            supplier.opportunityCount > supplier.opportunities.length
              ? {
                  label: t(
                    lang,
                    `Xem cả ${supplier.opportunityCount} yêu cầu`,
                    `See all ${supplier.opportunityCount} requests`,
                  ),
                  url: links.supplierRequests(supplier.supplierId),
                }
              : null,
        },
      ],
    });
  }
  if (supplier.nearMissCount > 0) {
    groups.push({
      title: null,
      url: null,
      meta: null,
      lists: [
        {
          heading: t(
            lang,
            `Suýt phù hợp (${supplier.nearMissCount})`,
            `Narrowly missed (${supplier.nearMissCount})`,
          ),
          items: [],
          lines: supplier.nearMissGroups.map((group) => ({ text: describeNearMissGroup(group, lang) })),
          more: {
            label: t(lang, "Cập nhật hồ sơ để phù hợp lần sau", "Update your profile to match next time"),
            url: links.supplierProfile(supplier.supplierId),
          },
        },
      ],
    });
  }
  if (supplier.expiringCertifications.length > 0) {
    groups.push({
      title: null,
      url: null,
      meta: null,
      lists: [
        {
          heading: t(lang, "Chứng nhận sắp hết hạn", "Certificates expiring soon"),
          items: [],
          lines: supplier.expiringCertifications.map((cert) => {
            const name = getCertification(cert.code)?.name ?? cert.code;
            const date = formatDate(cert.expiresOn, lang);
            return {
              text: t(
                lang,
                `${name} hết hạn ngày ${date} (còn ${cert.daysLeft} ngày)`,
                `${name} expires on ${date} (in ${cert.daysLeft} ${cert.daysLeft === 1 ? "day" : "days"})`,
              ),
            };
          }),
          more: {
            label: t(lang, "Cập nhật chứng nhận", "Update your certificates"),
            url: links.supplierProfile(supplier.supplierId),
          },
        },
      ],
    });
  }
  return {
    heading: t(lang, `Dành cho ${supplier.supplierName}`, `For ${supplier.supplierName}`),
    summary: null,
    groups,
    action:
      supplier.opportunityCount > 0
        ? { label: t(lang, "Gửi báo giá", "Send quotes"), url: links.supplierRequests(supplier.supplierId) }
        : null,
    actionFallback: null,
  };
}

export function digestEmailView(input: DigestEmailInput): MessageView {
  const { selection, links } = input;
  const lang = input.recipient.language;
  const parts = headlineParts(selection, lang);
  const since = formatDate(hcmcDate(input.window.since), lang);
  const blocks: MessageBlock[] = [];
  if (selection.buyerRequests.length > 0) blocks.push(buyerBlock(selection, lang, links));
  for (const supplier of selection.suppliers) blocks.push(supplierBlock(supplier, lang, links));
  return {
    lang,
    subject: t(
      lang,
      `Kết Nối tuần này: ${parts.slice(0, 2).join(", ")}`,
      `Your week on Kết Nối: ${parts.slice(0, 2).join(", ")}`,
    ),
    preheader: `${parts.join(" · ")}.`,
    greeting: greeting(input.recipient.name, lang),
    intro: [
      {
        text: t(
          lang,
          `Đây là những điểm mới trên Kết Nối kể từ ${since}: ${parts.join(", ")}.`,
          `Here is what's new on Kết Nối since ${since}: ${parts.join(", ")}.`,
        ),
      },
    ],
    blocks,
    outro: [],
    footer: {
      reason: t(
        lang,
        "Bạn nhận được bản tin hằng tuần này vì bạn là thành viên của một doanh nghiệp trên Kết Nối.",
        "You receive this weekly digest because you are a member of a company on Kết Nối.",
      ),
      links: [
        { label: settingsLabel[lang], url: links.notificationSettings() },
        {
          label: t(lang, "Hủy nhận bản tin hằng tuần", "Unsubscribe from the weekly digest"),
          url: input.unsubscribeUrl,
        },
      ],
      tagline: productTagline[lang],
    },
  };
}
