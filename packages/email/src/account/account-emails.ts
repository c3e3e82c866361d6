// The account emails as message views, in the same layout as the digest and notifications: confirm an address,
// reset a password, join an organisation, unlock sign-in. Each is one button with its link written out under it; no
// unsubscribe link, because the person asked for each of them.
import type { Language, MembershipRole } from "@ketnoi/domain";
import { formatDuration, singleLine } from "../messages/formatting.js";
import type { MessageView } from "../messages/message-view.js";
import { t } from "../messages/shared-copy.js";
import { oneActionEmail, webLink } from "./one-action-email.js";

interface AccountEmailRecipient {
  name: string;
  language: Language;
}

export interface VerifyEmailInput {
  recipient: AccountEmailRecipient;
  organizationName: string;
  verifyUrl: string;
  expiresInHours: number;
}

export interface PasswordResetInput {
  recipient: AccountEmailRecipient;
  resetUrl: string;
  expiresInMinutes: number;
}

export interface InvitationInput {
  /** The invited address may have no account yet, so only the language is known. */
  language: Language;
  inviterName: string;
  organizationName: string;
  acceptUrl: string;
  expiresInDays: number;
  role: MembershipRole;
}

export interface SignInUnlockInput {
  recipient: AccountEmailRecipient;
  unlockUrl: string;
  expiresInMinutes: number;
}

/** Sent after sign-up: the account stays unverified until the link is used. */
export function verifyEmailView(input: VerifyEmailInput): MessageView {
  const lang = input.recipient.language;
  const organization = singleLine(input.organizationName);
  const expiresIn = formatDuration(lang, input.expiresInHours, "hour");
  return oneActionEmail({
    lang,
    subject: t(lang, "Xác nhận địa chỉ email của bạn trên Kết Nối", "Confirm your email address for Kết Nối"),
    preheader: t(
      lang,
      "Chỉ còn một bước nữa để hoàn tất tài khoản Kết Nối của bạn.",
      "One more step to finish setting up your Kết Nối account.",
    ),
    name: input.recipient.name,
    intro: [
      t(
        lang,
        `Cảm ơn bạn đã đăng ký tài khoản Kết Nối cho ${organization}.`,
        `Thanks for creating a Kết Nối account for ${organization}.`,
      ),
      t(
        lang,
        "Vui lòng xác nhận địa chỉ email này để hoàn tất việc tạo tài khoản.",
        "Please confirm this email address to finish creating your account.",
      ),
    ],
    action: webLink(t(lang, "Xác nhận email", "Confirm email address"), input.verifyUrl),
    outro: [
      t(lang, `Liên kết này sẽ hết hạn sau ${expiresIn}.`, `This link expires in ${expiresIn}.`),
      t(
        lang,
        "Nếu bạn không đăng ký tài khoản Kết Nối, bạn có thể bỏ qua email này.",
        "If you didn't sign up for Kết Nối, you can ignore this email.",
      ),
    ],
    reason: t(
      lang,
      "Bạn nhận được email này vì địa chỉ này vừa được dùng để đăng ký tài khoản trên Kết Nối.",
      "You're receiving this email because this address was used to sign up for Kết Nối.",
    ),
  });
}

export function passwordResetView(input: PasswordResetInput): MessageView {
  const lang = input.recipient.language;
  const expiresIn = formatDuration(lang, input.expiresInMinutes, "minute");
  return oneActionEmail({
    lang,
    subject: t(lang, "Đặt lại mật khẩu Kết Nối của bạn", "Reset your Kết Nối password"),
    preheader: t(
      lang,
      `Liên kết đặt lại mật khẩu có hiệu lực trong ${expiresIn}.`,
      `Your password reset link is valid for ${expiresIn}.`,
    ),
    name: input.recipient.name,
    intro: [
      t(
        lang,
        "Chúng tôi nhận được yêu cầu đặt lại mật khẩu cho tài khoản Kết Nối gắn với địa chỉ email này.",
        "We received a request to reset the password for the Kết Nối account linked to this email address.",
      ),
      t(
        lang,
        "Bạn có thể chọn mật khẩu mới bằng liên kết bên dưới.",
        "You can choose a new password using the link below.",
      ),
    ],
    action: webLink(t(lang, "Đặt lại mật khẩu", "Reset password"), input.resetUrl),
    outro: [
      t(lang, `Liên kết này sẽ hết hạn sau ${expiresIn}.`, `This link expires in ${expiresIn}.`),
      t(
        lang,
        "Nếu bạn không yêu cầu đặt lại mật khẩu, hãy bỏ qua email này. Mật khẩu của bạn sẽ không thay đổi.",
        "If you didn't ask to reset your password, you can ignore this email. Your password stays unchanged.",
      ),
    ],
    reason: t(
      lang,
      "Bạn nhận được email này vì có yêu cầu đặt lại mật khẩu cho tài khoản Kết Nối dùng địa chỉ này.",
      "You're receiving this email because a password reset was requested for the Kết Nối account that uses this address.",
    ),
  });
}

const roleNames: Record<Language, Record<MembershipRole, string>> = {
  vi: { owner: "chủ sở hữu", member: "thành viên" },
  en: { owner: "an owner", member: "a member" },
};

/** Sent when an owner of an organisation invites someone by email to join it. */
export function invitationView(input: InvitationInput): MessageView {
  const lang = input.language;
  const inviter = singleLine(input.inviterName);
  const organization = singleLine(input.organizationName);
  const role = roleNames[lang][input.role];
  const expiresIn = formatDuration(lang, input.expiresInDays, "day");
  return oneActionEmail({
    lang,
    subject: t(
      lang,
      `${inviter} mời bạn tham gia ${organization} trên Kết Nối`,
      `${inviter} invited you to join ${organization} on Kết Nối`,
    ),
    preheader: t(
      lang,
      `Bạn có lời mời tham gia ${organization} trên Kết Nối.`,
      `You have an invitation to join ${organization} on Kết Nối.`,
    ),
    name: "",
    intro: [
      t(
        lang,
        `${inviter} đã gửi cho bạn lời mời tham gia ${organization} trên Kết Nối với vai trò ${role}.`,
        `${inviter} has invited you to join ${organization} on Kết Nối as ${role}.`,
      ),
      t(
        lang,
        "Hãy chấp nhận lời mời bên dưới để bắt đầu làm việc cùng đội ngũ trên Kết Nối.",
        "Accept the invitation below to start working with the team on Kết Nối.",
      ),
    ],
    action: webLink(t(lang, "Chấp nhận lời mời", "Accept invitation"), input.acceptUrl),
    outro: [
      t(lang, `Lời mời này sẽ hết hạn sau ${expiresIn}.`, `This invitation expires in ${expiresIn}.`),
      t(
        lang,
        "Nếu bạn không mong đợi lời mời này, bạn có thể bỏ qua email này.",
        "If you weren't expecting this invitation, you can ignore this email.",
      ),
    ],
    reason: t(
      lang,
      `Bạn nhận được email này vì ${inviter} đã mời địa chỉ này tham gia ${organization} trên Kết Nối.`,
      `You're receiving this email because ${inviter} invited this address to join ${organization} on Kết Nối.`,
    ),
  });
}

/**
 * Sent when so many logins to an account failed, from so many addresses, that it only accepts logins from
 * addresses it used before: the link lets the owner sign in from where they are.
 */
export function signInUnlockView(input: SignInUnlockInput): MessageView {
  const lang = input.recipient.language;
  const expiresIn = formatDuration(lang, input.expiresInMinutes, "minute");
  return oneActionEmail({
    lang,
    subject: t(lang, "Mở khóa đăng nhập tài khoản Kết Nối của bạn", "Unlock sign-in to your Kết Nối account"),
    preheader: t(
      lang,
      "Có nhiều lần đăng nhập sai vào tài khoản của bạn; bạn vẫn đăng nhập được.",
      "Many logins to your account failed; you can still sign in.",
    ),
    name: input.recipient.name,
    intro: [
      t(
        lang,
        "Có nhiều lần đăng nhập sai mật khẩu vào tài khoản Kết Nối của bạn từ nhiều địa chỉ khác nhau. Để bảo " +
          "vệ bạn, tạm thời chỉ những nơi bạn đã từng đăng nhập mới đăng nhập được.",
        "Someone tried many wrong passwords on your Kết Nối account from many different addresses. To protect " +
          "you, for now only places you have signed in from before can sign in.",
      ),
      t(
        lang,
        "Nếu bạn cần đăng nhập từ thiết bị hoặc mạng khác, hãy mở liên kết bên dưới trên chính thiết bị đó rồi " +
          "đăng nhập như bình thường.",
        "If you need to sign in from another device or network, open the link below on that device, then sign " +
          "in as usual.",
      ),
    ],
    action: webLink(t(lang, "Mở khóa đăng nhập", "Unlock sign-in"), input.unlockUrl),
    outro: [
      t(
        lang,
        `Liên kết chỉ dùng được một lần và hết hạn sau ${expiresIn}.`,
        `The link works once and expires in ${expiresIn}.`,
      ),
      t(
        lang,
        "Những lần đăng nhập sai không làm lộ mật khẩu của bạn. Nếu bạn nghi ai đó biết mật khẩu, hãy đổi mật " +
          "khẩu sau khi đăng nhập.",
        "Failed attempts do not reveal your password. If you think someone knows it, change it after you sign in.",
      ),
    ],
    reason: t(
      lang,
      "Bạn nhận được email này vì có nhiều lần đăng nhập thất bại vào tài khoản Kết Nối dùng địa chỉ này.",
      "You're receiving this email because many logins failed on the Kết Nối account that uses this address.",
    ),
  });
}
