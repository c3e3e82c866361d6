import type { Language } from "@ketnoi/domain";
import { formatDuration } from "./durations.js";
import { type EmailContent, type RenderedEmail, renderEmail, singleLine } from "./layout.js";

export interface VerifyEmailVars {
  readonly name: string;
  readonly organizationName: string;
  readonly verifyUrl: string;
  readonly expiresInHours: number;
}

/** Sent after sign-up: the account stays unverified until the link is opened. */
export function verifyEmail(lang: Language, vars: VerifyEmailVars): RenderedEmail {
  const name = singleLine(vars.name);
  const organizationName = singleLine(vars.organizationName);
  const expiresIn = formatDuration(lang, vars.expiresInHours, "hour");
  const content: EmailContent =
    lang === "vi"
      ? {
          lang,
          subject: "Xác nhận địa chỉ email của bạn trên Kết Nối",
          preheader: "Chỉ còn một bước nữa để hoàn tất tài khoản Kết Nối của bạn.",
          greeting: name ? `Xin chào ${name},` : "Xin chào,",
          intro: [
            ["Cảm ơn bạn đã đăng ký tài khoản Kết Nối cho ", { strong: organizationName }, "."],
            "Vui lòng xác nhận địa chỉ email này để hoàn tất việc tạo tài khoản.",
          ],
          action: { label: "Xác nhận email", url: vars.verifyUrl },
          outro: [
            `Liên kết này sẽ hết hạn sau ${expiresIn}.`,
            "Nếu bạn không đăng ký tài khoản Kết Nối, bạn có thể bỏ qua email này.",
          ],
          reason: "Bạn nhận được email này vì địa chỉ này vừa được dùng để đăng ký tài khoản trên Kết Nối.",
        }
      : {
          lang,
          subject: "Confirm your email address for Kết Nối",
          preheader: "One more step to finish setting up your Kết Nối account.",
          greeting: name ? `Hi ${name},` : "Hi,",
          intro: [
            ["Thanks for creating a Kết Nối account for ", { strong: organizationName }, "."],
            "Please confirm this email address to finish creating your account.",
          ],
          action: { label: "Confirm email address", url: vars.verifyUrl },
          outro: [
            `This link expires in ${expiresIn}.`,
            "If you didn't sign up for Kết Nối, you can ignore this email.",
          ],
          reason: "You're receiving this email because this address was used to sign up for Kết Nối.",
        };
  return renderEmail(content);
}
