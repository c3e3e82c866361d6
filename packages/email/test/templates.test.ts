import type { Language } from "@ketnoi/domain";
import { describe, expect, it } from "vitest";
import {
  escapeHtml,
  invitation,
  passwordReset,
  type RenderedEmail,
  renderTransactionalEmail,
  signInUnlock,
  verifyEmail,
} from "../src/index.js";

// An ampersand in the query checks that the link is escaped in HTML yet left intact in the text part.
const verifyUrl = "https://ketnoi.example/verify?token=abc123&utm_source=email";
const resetUrl = "https://ketnoi.example/reset-password?token=def456&lang=vi";
const acceptUrl = "https://ketnoi.example/invitations/ghi789?org=1&role=member";
const unlockUrl = "https://ketnoi.example/pages/unlock-sign-in?token=jkl012&lang=vi";
const hostile = `<script>alert("x")</script>`;
const vietnameseLetters = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

interface Case {
  readonly template: string;
  readonly url: string;
  readonly render: (lang: Language, hostileValue?: string) => RenderedEmail;
  readonly subjects: Record<Language, string>;
  readonly mentions: Record<Language, readonly string[]>;
}

const cases: readonly Case[] = [
  {
    template: "verifyEmail",
    url: verifyUrl,
    render: (lang, name = "Nguyễn Thị Hương") =>
      verifyEmail(lang, {
        name,
        organizationName: "Công ty TNHH Cơ khí Tân Tạo",
        verifyUrl,
        expiresInHours: 24,
      }),
    subjects: {
      vi: "Xác nhận địa chỉ email của bạn trên Kết Nối",
      en: "Confirm your email address for Kết Nối",
    },
    mentions: {
      vi: ["Xin chào Nguyễn Thị Hương,", "Công ty TNHH Cơ khí Tân Tạo", "hết hạn sau 24 giờ"],
      en: ["Hi Nguyễn Thị Hương,", "Công ty TNHH Cơ khí Tân Tạo", "expires in 24 hours"],
    },
  },
  {
    template: "passwordReset",
    url: resetUrl,
    render: (lang, name = "Trần Văn Minh") => passwordReset(lang, { name, resetUrl, expiresInMinutes: 30 }),
    subjects: { vi: "Đặt lại mật khẩu Kết Nối của bạn", en: "Reset your Kết Nối password" },
    mentions: {
      vi: [
        "Xin chào Trần Văn Minh,",
        "hết hạn sau 30 phút",
        "Nếu bạn không yêu cầu đặt lại mật khẩu, hãy bỏ qua email này. Mật khẩu của bạn sẽ không thay đổi.",
      ],
      en: [
        "Hi Trần Văn Minh,",
        "expires in 30 minutes",
        "If you didn't ask to reset your password, you can ignore this email. Your password stays unchanged.",
      ],
    },
  },
  {
    template: "invitation",
    url: acceptUrl,
    render: (lang, inviterName = "Lê Hoàng Nam") =>
      invitation(lang, {
        inviterName,
        organizationName: "Bao bì Việt Hưng",
        acceptUrl,
        expiresInDays: 7,
        role: "member",
      }),
    subjects: {
      vi: "Lê Hoàng Nam mời bạn tham gia Bao bì Việt Hưng trên Kết Nối",
      en: "Lê Hoàng Nam invited you to join Bao bì Việt Hưng on Kết Nối",
    },
    mentions: {
      vi: ["lời mời tham gia", "với vai trò", "thành viên", "hết hạn sau 7 ngày"],
      en: ["has invited you to join", "as", "a member", "expires in 7 days"],
    },
  },
  {
    template: "signInUnlock",
    url: unlockUrl,
    render: (lang, name = "Võ Thị Lan") => signInUnlock(lang, { name, unlockUrl, expiresInMinutes: 60 }),
    subjects: {
      vi: "Mở khóa đăng nhập tài khoản Kết Nối của bạn",
      en: "Unlock sign-in to your Kết Nối account",
    },
    mentions: {
      vi: ["Xin chào Võ Thị Lan,", "từ nhiều địa chỉ khác nhau", "một lần và hết hạn sau 60 phút"],
      en: ["Hi Võ Thị Lan,", "from many different addresses", "works once and expires in 60 minutes"],
    },
  },
];

describe.each(cases)("$template", ({ url, render, subjects, mentions }) => {
  describe.each(["vi", "en"] as const)("in %s", (lang) => {
    const email = render(lang);

    it("has the subject in the reader's language", () => {
      expect(email.subject).toBe(subjects[lang]);
    });

    it("declares the language on the html element", () => {
      expect(email.html).toContain(`<html lang="${lang}"`);
    });

    it("links to the URL in both parts, escaped only in html", () => {
      expect(email.text).toContain(url);
      expect(email.html).toContain(`href="${escapeHtml(url)}"`);
      expect(email.html).not.toContain(url);
    });

    it("shows the raw URL under the button for clients that block buttons", () => {
      expect(email.html).toContain(`>${escapeHtml(url)}</a>`);
    });

    it("carries every detail in the plain-text part too", () => {
      for (const mention of mentions[lang]) {
        expect(email.text).toContain(mention);
        expect(email.html).toContain(escapeHtml(mention));
      }
    });

    it("names the product and says why the reader got the email", () => {
      expect(email.html).toContain("Kết Nối");
      expect(email.text).toContain("Kết Nối");
      expect(email.text).toMatch(
        lang === "vi" ? /Bạn nhận được email này vì/ : /You're receiving this email because/,
      );
    });

    it("escapes a hostile name in html and keeps it out of the subject's line structure", () => {
      const attacked = render(lang, `${hostile}\r\nBcc: victim@example.com`);
      expect(attacked.html).not.toContain("<script>");
      expect(attacked.html).toContain(escapeHtml(hostile));
      expect(attacked.subject).not.toMatch(/[\r\n]/);
      expect(attacked.text).not.toContain("\r\nBcc:");
    });
  });

  it("uses Vietnamese diacritics in the Vietnamese subject", () => {
    expect(render("vi").subject).toMatch(vietnameseLetters);
  });
});

describe("invitation", () => {
  it("names the owner role in both languages", () => {
    const vars = {
      inviterName: "Phạm Thu Trang",
      organizationName: "Nhựa Bình Dương",
      acceptUrl,
      expiresInDays: 1,
      role: "owner",
    } as const;
    expect(invitation("vi", vars).text).toContain("với vai trò chủ sở hữu");
    expect(invitation("en", vars).text).toContain("as an owner");
    expect(invitation("en", vars).text).toContain("expires in 1 day.");
  });
});

describe("renderTransactionalEmail", () => {
  it("renders the template the payload names", () => {
    const vars = { name: "Hương", resetUrl, expiresInMinutes: 30 };
    expect(renderTransactionalEmail("vi", { template: "password-reset", vars })).toEqual(
      passwordReset("vi", vars),
    );
  });

  it("refuses a link that is not http or https", () => {
    expect(() =>
      verifyEmail("en", {
        name: "Mallory",
        organizationName: "Evil Co",
        verifyUrl: "javascript:alert(1)",
        expiresInHours: 24,
      }),
    ).toThrow(TypeError);
  });
});

describe("escapeHtml", () => {
  it("escapes the characters that open tags, entities and attributes", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });
});
