import type { Language, MembershipRole } from "@ketnoi/domain";
import { formatDuration } from "./durations.js";
import { type EmailContent, type RenderedEmail, renderEmail, singleLine } from "./layout.js";

export interface InvitationVars {
  readonly inviterName: string;
  readonly organizationName: string;
  readonly acceptUrl: string;
  readonly expiresInDays: number;
  readonly role: MembershipRole;
}

const roleNames: Record<Language, Record<MembershipRole, string>> = {
  vi: { owner: "chủ sở hữu", member: "thành viên" },
  en: { owner: "an owner", member: "a member" },
};

/** Sent when a member of an organisation invites someone by email to join it. */
export function invitation(lang: Language, vars: InvitationVars): RenderedEmail {
  const inviterName = singleLine(vars.inviterName);
  const organizationName = singleLine(vars.organizationName);
  const role = roleNames[lang][vars.role];
  const expiresIn = formatDuration(lang, vars.expiresInDays, "day");
  const content: EmailContent =
    lang === "vi"
      ? {
          lang,
          subject: `${inviterName} mời bạn tham gia ${organizationName} trên Kết Nối`,
          preheader: `Bạn có lời mời tham gia ${organizationName} trên Kết Nối.`,
          greeting: "Xin chào,",
          intro: [
            [
              { strong: inviterName },
              " đã gửi cho bạn lời mời tham gia ",
              { strong: organizationName },
              " trên Kết Nối với vai trò ",
              { strong: role },
              ".",
            ],
            "Hãy chấp nhận lời mời bên dưới để bắt đầu làm việc cùng đội ngũ trên Kết Nối.",
          ],
          action: { label: "Chấp nhận lời mời", url: vars.acceptUrl },
          outro: [
            `Lời mời này sẽ hết hạn sau ${expiresIn}.`,
            "Nếu bạn không mong đợi lời mời này, bạn có thể bỏ qua email này.",
          ],
          reason: `Bạn nhận được email này vì ${inviterName} đã mời địa chỉ này tham gia ${organizationName} trên Kết Nối.`,
        }
      : {
          lang,
          subject: `${inviterName} invited you to join ${organizationName} on Kết Nối`,
          preheader: `You have an invitation to join ${organizationName} on Kết Nối.`,
          greeting: "Hi,",
          intro: [
            [
              { strong: inviterName },
              " has invited you to join ",
              { strong: organizationName },
              " on Kết Nối as ",
              { strong: role },
              ".",
            ],
            "Accept the invitation below to start working with the team on Kết Nối.",
          ],
          action: { label: "Accept invitation", url: vars.acceptUrl },
          outro: [
            `This invitation expires in ${expiresIn}.`,
            "If you weren't expecting this invitation, you can ignore this email.",
          ],
          reason: `You're receiving this email because ${inviterName} invited this address to join ${organizationName} on Kết Nối.`,
        };
  return renderEmail(content);
}
