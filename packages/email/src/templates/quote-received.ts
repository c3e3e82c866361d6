import type { Language } from "@ketnoi/domain";
import { type EmailContent, type RenderedEmail, renderEmail, singleLine } from "./layout.js";

export interface QuoteReceivedVars {
  readonly requestTitle: string;
  readonly supplierName: string;
  /** Already formatted in the reader's language, e.g. "12.500 VND / thùng". */
  readonly unitPrice: string;
  readonly leadTimeDays: number;
  /** 1 for a first quote; higher when the supplier revised it. */
  readonly revision: number;
  readonly quotesUrl: string;
}

/** Sent to the buyer's members when a supplier quotes on (or revises its quote for) one of their requests. */
export function quoteReceived(lang: Language, vars: QuoteReceivedVars): RenderedEmail {
  const title = singleLine(vars.requestTitle);
  const supplier = singleLine(vars.supplierName);
  const revised = vars.revision > 1;
  const content: EmailContent =
    lang === "vi"
      ? {
          lang,
          subject: revised
            ? `${supplier} cập nhật báo giá: ${title}`
            : `Báo giá mới từ ${supplier}: ${title}`,
          preheader: `${supplier} báo giá ${vars.unitPrice}, giao trong ${vars.leadTimeDays} ngày.`,
          greeting: "Xin chào,",
          intro: [
            [
              { strong: supplier },
              revised ? " đã cập nhật báo giá cho yêu cầu " : " đã gửi báo giá cho yêu cầu ",
              { strong: title },
              ".",
            ],
            `Đơn giá ${vars.unitPrice}, thời gian sản xuất ${vars.leadTimeDays} ngày.`,
          ],
          action: { label: "So sánh báo giá", url: vars.quotesUrl },
          outro: ["Bạn có thể đưa báo giá vào danh sách rút gọn và chọn nhà cung cấp khi sẵn sàng."],
          reason:
            "Bạn nhận được email này vì bạn là thành viên của doanh nghiệp đăng yêu cầu tìm nguồn hàng này.",
        }
      : {
          lang,
          subject: revised
            ? `${supplier} revised its quote: ${title}`
            : `New quote from ${supplier}: ${title}`,
          preheader: `${supplier} quotes ${vars.unitPrice}, ${vars.leadTimeDays}-day lead time.`,
          greeting: "Hi,",
          intro: [
            [
              { strong: supplier },
              revised ? " revised its quote for your request " : " sent a quote for your request ",
              { strong: title },
              ".",
            ],
            `Unit price ${vars.unitPrice}, lead time ${vars.leadTimeDays} days.`,
          ],
          action: { label: "Compare quotes", url: vars.quotesUrl },
          outro: ["You can shortlist quotes and award the request when you are ready."],
          reason:
            "You're receiving this email because you are a member of the company that posted this sourcing request.",
        };
  return renderEmail(content);
}
