// The supplier's same-day alert: new requests that match its profile, one email for everything gathered since the
// last alert (at most two an hour, see @ketnoi/domain request-alerts). Each request links to the supplier's view of
// it, where it quotes or declines.
import type { Language, MatchExplanation } from "@ketnoi/domain";
import { matchWhyLine, quantityUnitName } from "@ketnoi/domain";
import { counted, formatDate, formatDateTime, formatNumber, singleLine } from "../messages/formatting.js";
import type { MessageView } from "../messages/message-view.js";
import { greeting, productTagline, settingsLabel, t } from "../messages/shared-copy.js";
import type { ProductLinks } from "../product-links.js";

export interface RequestAlertItem {
  id: string;
  title: string;
  quantity: { value: number; unit: string };
  /** The delivery province. */
  province: string;
  neededBy: string;
  quoteDeadline: Date;
  explanation: MatchExplanation | null;
}

export interface RequestAlertEmailInput {
  recipient: { name: string; language: Language };
  links: ProductLinks;
  /** Signed link that turns same-day alerts off; also in the List-Unsubscribe header. */
  unsubscribeUrl: string;
  supplier: { id: string; name: string };
  /** At least one, earliest quote deadline first. */
  requests: RequestAlertItem[];
}

/** What a supplier weighs first about a request, on one line: how many, where (when known), by when. */
export function requestFactsLine(
  request: Pick<RequestAlertItem, "quantity" | "neededBy" | "quoteDeadline"> & { province?: string },
  lang: Language,
): string {
  return [
    `${formatNumber(request.quantity.value, lang)} ${quantityUnitName(request.quantity.unit, lang)}`,
    ...(request.province ? [singleLine(request.province)] : []),
    t(
      lang,
      `cần trước ${formatDate(request.neededBy, lang)}`,
      `needed by ${formatDate(request.neededBy, lang)}`,
    ),
    t(
      lang,
      `hạn báo giá ${formatDateTime(request.quoteDeadline, lang)}`,
      `quotes close ${formatDateTime(request.quoteDeadline, lang)}`,
    ),
  ].join(" · ");
}

/** Shown in full up to this many; the rest are on the supplier's requests page. */
const shownRequests = 10;

export function requestAlertEmailView(input: RequestAlertEmailInput): MessageView {
  const lang = input.recipient.language;
  const { links, requests } = input;
  const supplier = singleLine(input.supplier.name);
  const [first] = requests;
  if (!first) throw new Error("an alert tells of at least one request");
  const single = requests.length === 1;
  const firstTitle = singleLine(first.title);
  const shown = requests.slice(0, shownRequests);
  return {
    lang,
    subject: single
      ? t(lang, `Yêu cầu mới phù hợp: ${firstTitle}`, `New matching request: ${firstTitle}`)
      : t(
          lang,
          `${counted(requests.length, lang, "yêu cầu mới", ["new request", "new requests"])} phù hợp với ${supplier}`,
          `${counted(requests.length, lang, "yêu cầu mới", ["new request", "new requests"])} match ${supplier}`,
        ),
    preheader: shown.map((request) => singleLine(request.title)).join(" · "),
    greeting: greeting(input.recipient.name, lang),
    intro: [
      {
        text: single
          ? t(
              lang,
              `Một bên mua vừa đăng yêu cầu phù hợp với ${supplier}. Báo giá sớm để được chú ý.`,
              `A buyer just posted a request that matches ${supplier}. Quote early to be noticed.`,
            )
          : t(
              lang,
              `Các yêu cầu mới phù hợp với ${supplier} kể từ email trước:`,
              `New requests that match ${supplier} since our last email:`,
            ),
      },
    ],
    blocks: [
      {
        heading: null,
        summary: null,
        groups: [
          {
            title: null,
            url: null,
            meta: null,
            lists: [
              {
                heading: null,
                items: shown.map((request) => ({
                  title: singleLine(request.title),
                  url: links.supplierRequest(request.id),
                  badge: null,
                  meta: requestFactsLine(request, lang),
                  why: request.explanation ? matchWhyLine(request.explanation, lang) : null,
                })),
                lines: [],
                more:
                  requests.length > shown.length
                    ? {
                        label: t(
                          lang,
                          `Xem tất cả ${requests.length} yêu cầu`,
                          `See all ${requests.length} requests`,
                        ),
                        url: links.supplierRequests(input.supplier.id),
                      }
                    : null,
              },
            ],
          },
        ],
        action: single
          ? { label: t(lang, "Xem và báo giá", "View and quote"), url: links.supplierRequest(first.id) }
          : {
              label: t(lang, "Xem các yêu cầu", "View the requests"),
              url: links.supplierRequests(input.supplier.id),
            },
        actionFallback: null,
      },
    ],
    outro: [],
    footer: {
      reason: t(
        lang,
        "Bạn nhận được email này vì bạn là thành viên của nhà cung cấp phù hợp với yêu cầu. Các yêu cầu mới được gộp lại: tối đa hai email mỗi giờ, không gửi trong giờ yên tĩnh bạn đã chọn.",
        "You receive this email because you belong to the supplier these requests match. New requests are gathered: at most two emails an hour, none during the quiet hours you chose.",
      ),
      links: [
        { label: settingsLabel[lang], url: links.notificationSettings() },
        {
          label: t(lang, "Tắt thông báo yêu cầu mới", "Turn off new-request alerts"),
          url: input.unsubscribeUrl,
        },
      ],
      tagline: productTagline[lang],
    },
  };
}
