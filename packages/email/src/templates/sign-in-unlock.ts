import type { Language } from "@ketnoi/domain";
import { formatDuration } from "./durations.js";
import { type EmailContent, type RenderedEmail, renderEmail, singleLine } from "./layout.js";

export interface SignInUnlockVars {
  readonly name: string;
  readonly unlockUrl: string;
  readonly expiresInMinutes: number;
}

/**
 * Sent when so many logins to an account failed, from so many addresses, that it only accepts logins from
 * addresses it used before: the link lets the owner log in from where they are.
 */
export function signInUnlock(lang: Language, vars: SignInUnlockVars): RenderedEmail {
  const name = singleLine(vars.name);
  const expiresIn = formatDuration(lang, vars.expiresInMinutes, "minute");
  const content: EmailContent =
    lang === "vi"
      ? {
          lang,
          subject: "Mở khóa đăng nhập tài khoản Kết Nối của bạn",
          preheader: "Có nhiều lần đăng nhập sai vào tài khoản của bạn; bạn vẫn đăng nhập được.",
          greeting: name ? `Xin chào ${name},` : "Xin chào,",
          intro: [
            "Có nhiều lần đăng nhập sai mật khẩu vào tài khoản Kết Nối của bạn từ nhiều địa chỉ khác nhau. " +
              "Để bảo vệ bạn, tạm thời chỉ những nơi bạn đã từng đăng nhập mới đăng nhập được.",
            "Nếu bạn cần đăng nhập từ thiết bị hoặc mạng khác, hãy mở liên kết bên dưới trên chính thiết bị đó " +
              "rồi đăng nhập như bình thường.",
          ],
          action: { label: "Mở khóa đăng nhập", url: vars.unlockUrl },
          outro: [
            `Liên kết chỉ dùng được một lần và hết hạn sau ${expiresIn}.`,
            "Những lần đăng nhập sai không làm lộ mật khẩu của bạn. Nếu bạn nghi ai đó biết mật khẩu, hãy đổi " +
              "mật khẩu sau khi đăng nhập.",
          ],
          reason:
            "Bạn nhận được email này vì có nhiều lần đăng nhập thất bại vào tài khoản Kết Nối dùng địa chỉ này.",
        }
      : {
          lang,
          subject: "Unlock sign-in to your Kết Nối account",
          preheader: "Many logins to your account failed; you can still sign in.",
          greeting: name ? `Hi ${name},` : "Hi,",
          intro: [
            "Someone tried many wrong passwords on your Kết Nối account from many different addresses. To " +
              "protect you, for now only places you have signed in from before can sign in.",
            "If you need to sign in from another device or network, open the link below on that device, then " +
              "sign in as usual.",
          ],
          action: { label: "Unlock sign-in", url: vars.unlockUrl },
          outro: [
            `The link works once and expires in ${expiresIn}.`,
            "Failed attempts do not reveal your password. If you think someone knows it, change it after you " +
              "sign in.",
          ],
          reason:
            "You're receiving this email because many logins failed on the Kết Nối account that uses this address.",
        };
  return renderEmail(content);
}
