import type { Language } from "@ketnoi/domain";
import { type EmailContent, type RenderedEmail, renderEmail, singleLine } from "./layout.js";

export interface QuoteOutcomeVars {
  readonly requestTitle: string;
  readonly awarded: boolean;
  readonly requestUrl: string;
}

/** Sent to each supplier that quoted on a request once the buyer awarded it: to the winner, and to the others. */
export function quoteOutcome(lang: Language, vars: QuoteOutcomeVars): RenderedEmail {
  const title = singleLine(vars.requestTitle);
  const content: EmailContent =
    lang === "vi"
      ? {
          lang,
          subject: vars.awarded ? `Báo giá của bạn đã được chọn: ${title}` : `Yêu cầu đã được trao: ${title}`,
          preheader: vars.awarded
            ? "Người mua đã chọn báo giá của bạn."
            : "Người mua đã chọn một nhà cung cấp khác cho yêu cầu này.",
          greeting: "Xin chào,",
          intro: vars.awarded
            ? [["Chúc mừng! Người mua đã chọn báo giá của bạn cho yêu cầu ", { strong: title }, "."]]
            : [
                ["Người mua đã chọn một nhà cung cấp khác cho yêu cầu ", { strong: title }, "."],
                "Cảm ơn bạn đã gửi báo giá. Các yêu cầu phù hợp mới sẽ tiếp tục được gửi đến bạn.",
              ],
          action: { label: "Xem yêu cầu", url: vars.requestUrl },
          outro: vars.awarded ? ["Người mua sẽ liên hệ với bạn để hoàn tất đơn hàng."] : [],
          reason: "Bạn nhận được email này vì doanh nghiệp của bạn đã gửi báo giá cho yêu cầu này.",
        }
      : {
          lang,
          subject: vars.awarded
            ? `Your quote was chosen: ${title}`
            : `Request awarded to another supplier: ${title}`,
          preheader: vars.awarded
            ? "The buyer chose your quote."
            : "The buyer chose another supplier for this request.",
          greeting: "Hi,",
          intro: vars.awarded
            ? [["Congratulations! The buyer chose your quote for ", { strong: title }, "."]]
            : [
                ["The buyer chose another supplier for ", { strong: title }, "."],
                "Thank you for quoting. New requests that fit you will keep coming.",
              ],
          action: { label: "View the request", url: vars.requestUrl },
          outro: vars.awarded ? ["The buyer will contact you to finalise the order."] : [],
          reason: "You're receiving this email because your company quoted on this request.",
        };
  return renderEmail(content);
}
