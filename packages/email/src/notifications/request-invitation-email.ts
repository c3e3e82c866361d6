// A buyer invited the supplier to quote on its request: sent at once to the supplier's people (unless they turned
// request alerts off), whether matching found the supplier or not. Links to the supplier's view of the request.
import type { Language } from "@ketnoi/domain";
import { singleLine } from "../messages/formatting.js";
import type { MessageView } from "../messages/message-view.js";
import { greeting, productTagline, settingsLabel, t } from "../messages/shared-copy.js";
import type { ProductLinks } from "../product-links.js";
import { requestFactsLine } from "./request-alert-email.js";

export interface RequestInvitationEmailInput {
  recipient: { name: string; language: Language };
  links: ProductLinks;
  /** Signed link that turns request alerts off; also in the List-Unsubscribe header. */
  unsubscribeUrl: string;
  supplier: { id: string; name: string };
  request: {
    id: string;
    title: string;
    quantity: { value: number; unit: string };
    neededBy: string;
    quoteDeadline: Date;
  };
  /** The buyer's organisation, or null when the request does not show it. */
  buyerName: string | null;
}

export function requestInvitationEmailView(input: RequestInvitationEmailInput): MessageView {
  const lang = input.recipient.language;
  const { links, request } = input;
  const title = singleLine(request.title);
  const supplier = singleLine(input.supplier.name);
  const buyer = input.buyerName ? singleLine(input.buyerName) : null;
  const url = links.supplierRequest(request.id);
  return {
    lang,
    subject: t(lang, `Lời mời báo giá: ${title}`, `Invitation to quote: ${title}`),
    preheader: buyer
      ? t(lang, `${buyer} mời ${supplier} báo giá.`, `${buyer} invites ${supplier} to quote.`)
      : t(lang, `Một bên mua mời ${supplier} báo giá.`, `A buyer invites ${supplier} to quote.`),
    greeting: greeting(input.recipient.name, lang),
    intro: [
      {
        text: buyer
          ? t(
              lang,
              `${buyer} mời ${supplier} báo giá cho yêu cầu "${title}".`,
              `${buyer} invites ${supplier} to quote on the request "${title}".`,
            )
          : t(
              lang,
              `Một bên mua mời ${supplier} báo giá cho yêu cầu "${title}".`,
              `A buyer invites ${supplier} to quote on the request "${title}".`,
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
                items: [
                  {
                    title,
                    url,
                    badge: t(lang, "Được mời", "Invited"),
                    meta: requestFactsLine(request, lang),
                    why: null,
                  },
                ],
                lines: [],
                more: null,
              },
            ],
          },
        ],
        action: { label: t(lang, "Xem và báo giá", "View and quote"), url },
        actionFallback: null,
      },
    ],
    outro: [],
    footer: {
      reason: t(
        lang,
        "Bạn nhận được email này vì bạn là thành viên của nhà cung cấp được bên mua mời báo giá.",
        "You receive this email because you belong to the supplier a buyer invited to quote.",
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
