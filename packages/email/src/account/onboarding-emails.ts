// The onboarding emails: the link that proves a company's contact address when someone claims its profile, the
// invitation an association's import sends to the addresses in its directory, and the outcome of a verification
// request. Same layout as the account emails: one button with its link written out under it.
import type { Language } from "@ketnoi/domain";
import { formatDuration, singleLine } from "../messages/formatting.js";
import type { MessageView } from "../messages/message-view.js";
import { t } from "../messages/shared-copy.js";
import { oneActionEmail, webLink } from "./one-action-email.js";

export interface ClaimLinkInput {
  language: Language;
  companyName: string;
  /** The organisation asking to manage the profile, and the person who asked. */
  claimantOrganizationName: string;
  claimantName: string;
  confirmUrl: string;
  expiresInHours: number;
}

export interface ClaimInvitationInput {
  language: Language;
  companyName: string;
  contactName: string | null;
  associationName: string;
  claimUrl: string;
  expiresInDays: number;
}

export interface VerificationDecisionInput {
  recipient: { name: string; language: Language };
  companyName: string;
  approved: boolean;
  reason: string;
  profileUrl: string;
}

export interface ClaimDecisionInput {
  recipient: { name: string; language: Language };
  companyName: string;
  approved: boolean;
  reason: string;
  /** Approved: the profile to complete; refused: the claims page, to try again. */
  nextUrl: string;
}

/** To the contact address on an imported profile when an organisation claims it. */
export function claimLinkView(input: ClaimLinkInput): MessageView {
  const lang = input.language;
  const company = singleLine(input.companyName);
  const claimant = singleLine(input.claimantOrganizationName);
  const person = singleLine(input.claimantName);
  const expiresIn = formatDuration(lang, input.expiresInHours, "hour");
  return oneActionEmail({
    lang,
    subject: t(
      lang,
      `Xác nhận quyền quản lý hồ sơ ${company} trên Kết Nối`,
      `Confirm who manages ${company}'s profile on Kết Nối`,
    ),
    preheader: t(
      lang,
      `${person} (${claimant}) muốn quản lý hồ sơ của ${company}.`,
      `${person} (${claimant}) asked to manage ${company}'s profile.`,
    ),
    name: "",
    intro: [
      t(
        lang,
        `${person} thuộc ${claimant} đã yêu cầu quản lý hồ sơ nhà cung cấp của ${company} trên Kết Nối. ` +
          "Địa chỉ này là email liên hệ trên hồ sơ, nên chúng tôi hỏi bạn.",
        `${person} of ${claimant} asked to manage ${company}'s supplier profile on Kết Nối. This address is the ` +
          "contact on the profile, so we are asking you.",
      ),
      t(
        lang,
        "Nếu đó là bạn hoặc đồng nghiệp của bạn, hãy mở liên kết khi đang đăng nhập bằng tài khoản đã gửi yêu cầu.",
        "If that was you or a colleague, open the link while signed in to the account that asked.",
      ),
    ],
    action: webLink(t(lang, "Xác nhận quyền quản lý", "Confirm the claim"), input.confirmUrl),
    outro: [
      t(
        lang,
        `Liên kết chỉ dùng được một lần và hết hạn sau ${expiresIn}.`,
        `The link works once and expires in ${expiresIn}.`,
      ),
      t(
        lang,
        "Nếu bạn không biết yêu cầu này, đừng mở liên kết; hồ sơ vẫn như cũ.",
        "If you don't know about this request, don't open the link; the profile stays as it is.",
      ),
    ],
    reason: t(
      lang,
      `Bạn nhận được email này vì địa chỉ này là email liên hệ của ${company} trên Kết Nối.`,
      `You're receiving this email because this address is ${company}'s contact on Kết Nối.`,
    ),
  });
}

/** From an association's import, to the address its directory gives for a member company. */
export function claimInvitationView(input: ClaimInvitationInput): MessageView {
  const lang = input.language;
  const company = singleLine(input.companyName);
  const association = singleLine(input.associationName);
  const expiresIn = formatDuration(lang, input.expiresInDays, "day");
  return oneActionEmail({
    lang,
    subject: t(
      lang,
      `${company} đã có hồ sơ trên Kết Nối: nhận quản lý hồ sơ`,
      `${company} is listed on Kết Nối: claim your profile`,
    ),
    preheader: t(
      lang,
      `${association} đã đưa ${company} lên Kết Nối. Nhận hồ sơ để nhận yêu cầu báo giá.`,
      `${association} listed ${company} on Kết Nối. Claim the profile to receive requests for quotes.`,
    ),
    name: input.contactName ?? "",
    intro: [
      t(
        lang,
        `${association} đã đưa ${company} vào danh bạ nhà cung cấp trên Kết Nối, nơi người mua đăng yêu cầu ` +
          "báo giá và tìm nhà cung cấp phù hợp.",
        `${association} listed ${company} in the supplier directory on Kết Nối, where buyers post requests for ` +
          "quotes and find suppliers that fit.",
      ),
      t(
        lang,
        "Nhận quản lý hồ sơ để cập nhật năng lực, nhận yêu cầu phù hợp và gửi báo giá. Miễn phí.",
        "Claim the profile to keep your capabilities up to date, hear of matching requests and quote. It's free.",
      ),
    ],
    action: webLink(t(lang, "Nhận quản lý hồ sơ", "Claim the profile"), input.claimUrl),
    outro: [
      t(
        lang,
        `Liên kết chỉ dùng được một lần và hết hạn sau ${expiresIn}.`,
        `The link works once and expires in ${expiresIn}.`,
      ),
      t(
        lang,
        "Nếu bạn không làm việc tại công ty này, bạn có thể bỏ qua email này.",
        "If you don't work for this company, you can ignore this email.",
      ),
    ],
    reason: t(
      lang,
      `Bạn nhận được email này vì ${association} ghi địa chỉ này là email liên hệ của ${company}.`,
      `You're receiving this email because ${association} gave this address as ${company}'s contact.`,
    ),
  });
}

/** The outcome of a verification request, either way, with the admin's reason. */
export function verificationDecisionView(input: VerificationDecisionInput): MessageView {
  const lang = input.recipient.language;
  const company = singleLine(input.companyName);
  const reason = input.reason.trim();
  return oneActionEmail({
    lang,
    subject: input.approved
      ? t(lang, `${company} đã được xác minh trên Kết Nối`, `${company} is verified on Kết Nối`)
      : t(
          lang,
          `Yêu cầu xác minh ${company} chưa được chấp nhận`,
          `${company}'s verification request was not accepted`,
        ),
    preheader: input.approved
      ? t(lang, "Hồ sơ của bạn giờ hiển thị dấu đã xác minh.", "Your profile now shows the verified badge.")
      : t(lang, "Xem lý do và gửi lại khi đã sẵn sàng.", "See why, and ask again when you're ready."),
    name: input.recipient.name,
    intro: [
      input.approved
        ? t(
            lang,
            `Đội ngũ Kết Nối đã kiểm tra và xác minh ${company}. Người mua sẽ thấy dấu đã xác minh trên hồ sơ.`,
            `The Kết Nối team checked and verified ${company}. Buyers will see the verified badge on the profile.`,
          )
        : t(
            lang,
            `Đội ngũ Kết Nối chưa thể xác minh ${company} với những gì đã gửi.`,
            `The Kết Nối team could not verify ${company} with what was sent.`,
          ),
      t(lang, `Ghi chú của đội ngũ: ${reason}`, `The team's note: ${reason}`),
    ],
    action: webLink(t(lang, "Xem hồ sơ", "Open the profile"), input.profileUrl),
    outro: input.approved
      ? []
      : [
          t(
            lang,
            "Bạn có thể gửi lại yêu cầu xác minh kèm giấy tờ bổ sung bất cứ lúc nào.",
            "You can ask again with more documents at any time.",
          ),
        ],
    reason: t(
      lang,
      `Bạn nhận được email này vì bạn đã yêu cầu xác minh ${company} trên Kết Nối.`,
      `You're receiving this email because you asked for ${company} to be verified on Kết Nối.`,
    ),
  });
}

/** An admin's decision on a claim (a reviewed registration certificate, or any claim an admin settled), either way. */
export function claimDecisionView(input: ClaimDecisionInput): MessageView {
  const lang = input.recipient.language;
  const company = singleLine(input.companyName);
  const reason = input.reason.trim();
  return oneActionEmail({
    lang,
    subject: input.approved
      ? t(
          lang,
          `Bạn đã quản lý hồ sơ ${company} trên Kết Nối`,
          `You now manage ${company}'s profile on Kết Nối`,
        )
      : t(
          lang,
          `Yêu cầu quản lý hồ sơ ${company} chưa được chấp nhận`,
          `Your claim on ${company}'s profile was not accepted`,
        ),
    preheader: input.approved
      ? t(
          lang,
          "Hoàn thiện hồ sơ để nhận yêu cầu báo giá phù hợp.",
          "Complete the profile to hear of matching requests.",
        )
      : t(lang, "Xem lý do và gửi lại khi đã sẵn sàng.", "See why, and try again when you're ready."),
    name: input.recipient.name,
    intro: [
      input.approved
        ? t(
            lang,
            `Đội ngũ Kết Nối đã kiểm tra giấy tờ và chấp nhận yêu cầu: tổ chức của bạn giờ quản lý hồ sơ của ${company}.`,
            `The Kết Nối team checked the documents and accepted the claim: your organisation now manages ${company}'s profile.`,
          )
        : t(
            lang,
            `Đội ngũ Kết Nối chưa thể chấp nhận yêu cầu quản lý hồ sơ của ${company}; hồ sơ vẫn như cũ.`,
            `The Kết Nối team could not accept the claim on ${company}'s profile; the profile stays as it was.`,
          ),
      t(lang, `Ghi chú của đội ngũ: ${reason}`, `The team's note: ${reason}`),
    ],
    action: input.approved
      ? webLink(t(lang, "Hoàn thiện hồ sơ", "Complete the profile"), input.nextUrl)
      : webLink(t(lang, "Xem yêu cầu của bạn", "See your claims"), input.nextUrl),
    outro: input.approved
      ? []
      : [
          t(
            lang,
            "Bạn có thể gửi lại yêu cầu kèm giấy chứng nhận đăng ký doanh nghiệp rõ hơn bất cứ lúc nào.",
            "You can claim again with a clearer business registration certificate at any time.",
          ),
        ],
    reason: t(
      lang,
      `Bạn nhận được email này vì bạn đã yêu cầu quản lý hồ sơ của ${company} trên Kết Nối.`,
      `You're receiving this email because you asked to manage ${company}'s profile on Kết Nối.`,
    ),
  });
}
