// The HTML pages behind the links in account emails. Opening a link only shows a page; its script posts the
// token from the link's fragment to check it (`step=open`), which shows the real page, and the change happens
// when the person presses that page's button (a form POST), so mail scanners that open links change nothing.
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import type { RouteApp, RouteContext } from "../routes/route-context.js";
import {
  acceptInvitationWithToken,
  confirmEmailVerification,
  describeInvitation,
  isEmailTokenUsable,
  resetPasswordWithToken,
} from "../services/account-flows.js";
import { actionPage, type FormField, invalidLinkPage, sendPage } from "./action-page.js";
import { linkFormFields, linkOpenerPage, linkOpenerScriptRoute } from "./link-opener.js";

const input = z.object({
  ...linkFormFields,
  name: z.string().trim().max(120).optional(),
  password: z.string().max(200).optional(),
});

function readInput(request: FastifyRequest) {
  const parsed = input.safeParse(request.body);
  return parsed.success ? parsed.data : undefined;
}

const hidden = { schema: { hide: true } };

const passwordField: FormField = {
  name: "password",
  type: "password",
  label: { vi: "Mật khẩu mới (ít nhất 10 ký tự)", en: "New password (at least 10 characters)" },
  autocomplete: "new-password",
};

const paths = {
  verifyEmail: "/pages/verify-email",
  resetPassword: "/pages/reset-password",
  acceptInvitation: "/pages/accept-invitation",
} as const;

export function emailLinkPages(app: RouteApp, { deps }: RouteContext) {
  linkOpenerScriptRoute(app);

  const verifyTitle = { vi: "Xác nhận địa chỉ email", en: "Confirm your email address" };
  app.get(paths.verifyEmail, hidden, async (_request, reply) =>
    sendPage(reply, linkOpenerPage({ action: paths.verifyEmail, title: verifyTitle })),
  );

  app.post(paths.verifyEmail, hidden, async (request, reply) => {
    const given = readInput(request);
    if (given?.step === "open") {
      if (!(await isEmailTokenUsable(deps, "verify_email", given.token))) {
        return sendPage(reply, invalidLinkPage(), 400);
      }
      return sendPage(
        reply,
        actionPage({
          title: verifyTitle,
          message: {
            vi: "Bấm nút bên dưới để xác nhận email của bạn.",
            en: "Press the button to confirm your email.",
          },
          form: {
            action: paths.verifyEmail,
            fields: [{ name: "token", type: "hidden", value: given.token }],
            submit: { vi: "Xác nhận", en: "Confirm" },
          },
        }),
      );
    }
    if (!given || !(await confirmEmailVerification(deps, given.token)))
      return sendPage(reply, invalidLinkPage(), 400);
    return sendPage(
      reply,
      actionPage({
        title: { vi: "Email đã được xác nhận", en: "Email confirmed" },
        message: {
          vi: "Cảm ơn bạn. Bây giờ bạn có thể đăng hồ sơ năng lực và yêu cầu báo giá.",
          en: "Thank you. You can now publish capability profiles and sourcing requests.",
        },
      }),
    );
  });

  const resetTitle = { vi: "Đặt lại mật khẩu", en: "Reset your password" };
  const resetForm = (token: string, problem?: string) =>
    actionPage({
      title: resetTitle,
      message: problem
        ? { vi: `Mật khẩu chưa hợp lệ: ${problem}.`, en: `The password is not valid: ${problem}.` }
        : { vi: "Nhập mật khẩu mới.", en: "Enter a new password." },
      form: {
        action: paths.resetPassword,
        fields: [{ name: "token", type: "hidden", value: token }, passwordField],
        submit: { vi: "Đặt lại", en: "Reset" },
      },
    });

  app.get(paths.resetPassword, hidden, async (_request, reply) =>
    sendPage(reply, linkOpenerPage({ action: paths.resetPassword, title: resetTitle })),
  );

  app.post(paths.resetPassword, hidden, async (request, reply) => {
    const given = readInput(request);
    if (!given) return sendPage(reply, invalidLinkPage(), 400);
    if (given.step === "open") {
      return (await isEmailTokenUsable(deps, "password_reset", given.token))
        ? sendPage(reply, resetForm(given.token))
        : sendPage(reply, invalidLinkPage(), 400);
    }
    const result = await resetPasswordWithToken(deps, given.token, given.password ?? "");
    if (!result.ok && result.reason === "invalid_fields") {
      return sendPage(reply, resetForm(given.token, result.fields.map((f) => f.message).join("; ")), 400);
    }
    if (!result.ok) return sendPage(reply, invalidLinkPage(), 400);
    return sendPage(
      reply,
      actionPage({
        title: { vi: "Đã đổi mật khẩu", en: "Password changed" },
        message: {
          vi: "Mật khẩu mới đã có hiệu lực. Các phiên đăng nhập cũ đã được đăng xuất.",
          en: "Your new password is active. Earlier sessions have been signed out.",
        },
      }),
    );
  });

  const invitationPage = async (token: string, problem?: string) => {
    const found = await describeInvitation(deps, token);
    if (!found) return undefined;
    const inviter = found.inviterName ?? "";
    const fields: FormField[] = [{ name: "token", type: "hidden", value: token }];
    if (!found.hasAccount) {
      fields.push({
        name: "name",
        type: "text",
        label: { vi: "Họ tên", en: "Your name" },
        autocomplete: "name",
      });
      fields.push(passwordField);
    }
    return actionPage({
      title: { vi: `Tham gia ${found.organizationName}`, en: `Join ${found.organizationName}` },
      message: problem
        ? { vi: `Chưa hợp lệ: ${problem}.`, en: `Not valid yet: ${problem}.` }
        : {
            vi: `${inviter || "Một đồng nghiệp"} mời ${found.invitation.email} tham gia trên Kết Nối.`,
            en: `${inviter || "A colleague"} invited ${found.invitation.email} to join on Kết Nối.`,
          },
      form: {
        action: paths.acceptInvitation,
        fields,
        submit: { vi: "Nhận lời mời", en: "Accept invitation" },
      },
    });
  };

  app.get(paths.acceptInvitation, hidden, async (_request, reply) =>
    sendPage(
      reply,
      linkOpenerPage({
        action: paths.acceptInvitation,
        title: { vi: "Lời mời tham gia Kết Nối", en: "Your invitation to Kết Nối" },
      }),
    ),
  );

  app.post(paths.acceptInvitation, hidden, async (request, reply) => {
    const given = readInput(request);
    if (!given) return sendPage(reply, invalidLinkPage(), 400);
    if (given.step === "open") {
      const page = await invitationPage(given.token);
      return page ? sendPage(reply, page) : sendPage(reply, invalidLinkPage(), 400);
    }
    const result = await acceptInvitationWithToken(app, deps, given);
    if (!result.ok && result.reason === "invalid_fields") {
      const problem = result.fields.map((f) => `${f.field.replace("body.", "")} ${f.message}`).join("; ");
      const page = await invitationPage(given.token, problem);
      return page ? sendPage(reply, page, 400) : sendPage(reply, invalidLinkPage(), 400);
    }
    if (!result.ok) return sendPage(reply, invalidLinkPage(), 400);
    return sendPage(
      reply,
      actionPage({
        title: { vi: "Đã tham gia", en: "You have joined" },
        message: {
          vi: `Bạn đã là thành viên của ${result.value.organization.name}. Hãy đăng nhập để bắt đầu.`,
          en: `You are now a member of ${result.value.organization.name}. Log in to get started.`,
        },
      }),
    );
  });
}
