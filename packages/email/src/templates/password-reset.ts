import type { Language } from "@ketnoi/domain";
import { formatDuration } from "./durations.js";
import { type EmailContent, type RenderedEmail, renderEmail, singleLine } from "./layout.js";

export interface PasswordResetVars {
  readonly name: string;
  readonly resetUrl: string;
  readonly expiresInMinutes: number;
}

export function passwordReset(lang: Language, vars: PasswordResetVars): RenderedEmail {
  const name = singleLine(vars.name);
  const expiresIn = formatDuration(lang, vars.expiresInMinutes, "minute");
  const content: EmailContent =
    lang === "vi"
      ? {
          lang,
          subject: "Đặt lại mật khẩu Kết Nối của bạn",
          preheader: `Liên kết đặt lại mật khẩu có hiệu lực trong ${expiresIn}.`,
          greeting: name ? `Xin chào ${name},` : "Xin chào,",
          intro: [
            "Chúng tôi nhận được yêu cầu đặt lại mật khẩu cho tài khoản Kết Nối gắn với địa chỉ email này.",
            "Bạn có thể chọn mật khẩu mới bằng liên kết bên dưới.",
          ],
          action: { label: "Đặt lại mật khẩu", url: vars.resetUrl },
          outro: [
            `Liên kết này sẽ hết hạn sau ${expiresIn}.`,
            "Nếu bạn không yêu cầu đặt lại mật khẩu, hãy bỏ qua email này. Mật khẩu của bạn sẽ không thay đổi.",
          ],
          reason:
            "Bạn nhận được email này vì có yêu cầu đặt lại mật khẩu cho tài khoản Kết Nối dùng địa chỉ này.",
        }
      : {
          lang,
          subject: "Reset your Kết Nối password",
          preheader: `Your password reset link is valid for ${expiresIn}.`,
          greeting: name ? `Hi ${name},` : "Hi,",
          intro: [
            "We received a request to reset the password for the Kết Nối account linked to this email address.",
            "You can choose a new password using the link below.",
          ],
          action: { label: "Reset password", url: vars.resetUrl },
          outro: [
            `This link expires in ${expiresIn}.`,
            "If you didn't ask to reset your password, you can ignore this email. Your password stays unchanged.",
          ],
          reason:
            "You're receiving this email because a password reset was requested for the Kết Nối account that uses this address.",
        };
  return renderEmail(content);
}
