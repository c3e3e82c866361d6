import type { Language } from "@ketnoi/domain";
import { escapeHtml } from "@ketnoi/domain";
import { describe, expect, it } from "vitest";
import { emailTemplates, ProductLinks, type RenderedMessage } from "../src/index.js";

const templates = emailTemplates();
const links = new ProductLinks("https://ketnoi.example");
const verifyUrl = links.verifyEmail("abc123-_XYZ", "vi");
const resetUrl = links.resetPassword("def456", "vi");
const acceptUrl = links.acceptInvitation("ghi789", "vi");
const unlockUrl = links.unlockSignIn("jkl012", "vi");
const claimUrl = links.confirmClaim("mno345", "vi");
const hostile = `<script>alert("x")</script>`;
const vietnameseLetters = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

interface Case {
  readonly template: string;
  readonly url: string;
  readonly render: (lang: Language, hostileValue?: string) => RenderedMessage;
  readonly subjects: Record<Language, string>;
  readonly mentions: Record<Language, readonly string[]>;
}

const cases: readonly Case[] = [
  {
    template: "verifyEmail",
    url: verifyUrl,
    render: (lang, name = "Nguyễn Thị Hương") =>
      templates.verifyEmail({
        recipient: { name, language: lang },
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
    render: (lang, name = "Trần Văn Minh") =>
      templates.passwordReset({ recipient: { name, language: lang }, resetUrl, expiresInMinutes: 30 }),
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
      templates.invitation({
        language: lang,
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
      vi: ["lời mời tham gia Bao bì Việt Hưng", "với vai trò thành viên", "hết hạn sau 7 ngày"],
      en: ["has invited you to join Bao bì Việt Hưng", "as a member", "expires in 7 days"],
    },
  },
  {
    template: "signInUnlock",
    url: unlockUrl,
    render: (lang, name = "Võ Thị Lan") =>
      templates.signInUnlock({ recipient: { name, language: lang }, unlockUrl, expiresInMinutes: 60 }),
    subjects: {
      vi: "Mở khóa đăng nhập tài khoản Kết Nối của bạn",
      en: "Unlock sign-in to your Kết Nối account",
    },
    mentions: {
      vi: ["Xin chào Võ Thị Lan,", "từ nhiều địa chỉ khác nhau", "một lần và hết hạn sau 60 phút"],
      en: ["Hi Võ Thị Lan,", "from many different addresses", "works once and expires in 60 minutes"],
    },
  },
  {
    template: "claimLink",
    url: claimUrl,
    render: (lang, claimantName = "Trần Văn Bình") =>
      templates.claimLink({
        language: lang,
        companyName: "Bao bì Minh Phát",
        claimantOrganizationName: "Minh Phát Packaging",
        claimantName,
        confirmUrl: claimUrl,
        expiresInHours: 72,
      }),
    subjects: {
      vi: "Xác nhận quyền quản lý hồ sơ Bao bì Minh Phát trên Kết Nối",
      en: "Confirm who manages Bao bì Minh Phát's profile on Kết Nối",
    },
    mentions: {
      vi: ["Trần Văn Bình thuộc Minh Phát Packaging", "một lần và hết hạn sau 72 giờ", "đừng mở liên kết"],
      en: [
        "Trần Văn Bình of Minh Phát Packaging",
        "works once and expires in 72 hours",
        "don't open the link",
      ],
    },
  },
  {
    template: "claimInvitation",
    url: claimUrl,
    render: (lang, contactName = "Nguyễn Thị Lan") =>
      templates.claimInvitation({
        language: lang,
        companyName: "Bao bì Minh Phát",
        contactName,
        associationName: "Hiệp hội Bao bì Việt Nam",
        claimUrl,
        expiresInDays: 30,
      }),
    subjects: {
      vi: "Bao bì Minh Phát đã có hồ sơ trên Kết Nối: nhận quản lý hồ sơ",
      en: "Bao bì Minh Phát is listed on Kết Nối: claim your profile",
    },
    mentions: {
      vi: [
        "Xin chào Nguyễn Thị Lan,",
        "Hiệp hội Bao bì Việt Nam đã đưa Bao bì Minh Phát",
        "hết hạn sau 30 ngày",
      ],
      en: ["Hi Nguyễn Thị Lan,", "Hiệp hội Bao bì Việt Nam listed Bao bì Minh Phát", "expires in 30 days"],
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

    it("links to the URL in both parts: the button and the link written out under it", () => {
      expect(email.text).toContain(url);
      const hrefs = [...email.html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
      expect(hrefs.filter((href) => href === escapeHtml(url))).toHaveLength(2);
      expect(email.html).toContain(`>${escapeHtml(url)}</a>`);
    });

    it("carries its token in the fragment, which browsers never send to a server", () => {
      const link = new URL(url);
      expect(link.search).toBe("");
      expect(new URLSearchParams(link.hash.slice(1)).get("token")).toBeTruthy();
    });

    it("carries every detail in the plain-text part too", () => {
      for (const mention of mentions[lang]) {
        expect(email.text).toContain(mention);
        expect(email.html).toContain(escapeHtml(mention));
      }
    });

    it("names the product, says why the reader got the email, and offers no unsubscribe link", () => {
      expect(email.html).toContain("Kết Nối");
      expect(email.text).toContain("Kết Nối");
      expect(email.text).toMatch(
        lang === "vi" ? /Bạn nhận được email này vì/ : /You're receiving this email because/,
      );
      expect(email.text).not.toContain("/pages/unsubscribe");
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
  it("names the owner role in both languages and greets without a name", () => {
    const input = {
      inviterName: "Phạm Thu Trang",
      organizationName: "Nhựa Bình Dương",
      acceptUrl,
      expiresInDays: 1,
      role: "owner",
    } as const;
    const vi = templates.invitation({ ...input, language: "vi" });
    const en = templates.invitation({ ...input, language: "en" });
    expect(vi.text).toContain("với vai trò chủ sở hữu");
    expect(vi.text.startsWith("Xin chào,\n")).toBe(true);
    expect(en.text).toContain("as an owner");
    expect(en.text).toContain("expires in 1 day.");
  });
});

describe("verificationDecision", () => {
  const profileUrl = links.supplierProfile("0190a0b0-0000-7000-8000-000000000001");
  const decide = (lang: Language, approved: boolean, reason = "Giấy phép khớp với mã số thuế") =>
    templates.verificationDecision({
      recipient: { name: "Võ Thị Lan", language: lang },
      companyName: "Bao bì Minh Phát",
      approved,
      reason,
      profileUrl,
    });

  it("says the outcome and the admin's reason, either way, in both languages", () => {
    expect(decide("vi", true).subject).toBe("Bao bì Minh Phát đã được xác minh trên Kết Nối");
    expect(decide("en", true).subject).toBe("Bao bì Minh Phát is verified on Kết Nối");
    expect(decide("vi", false).subject).toBe("Yêu cầu xác minh Bao bì Minh Phát chưa được chấp nhận");
    expect(decide("en", false, "The licence is unreadable").text).toContain(
      "The team's note: The licence is unreadable",
    );
    expect(decide("vi", false).text).toContain("gửi lại yêu cầu xác minh");
    expect(decide("vi", true).text).toContain(profileUrl);
  });

  it("escapes a hostile reason in html", () => {
    const email = decide("en", false, hostile);
    expect(email.html).not.toContain("<script>");
    expect(email.html).toContain(escapeHtml(hostile));
  });
});

describe("account email links", () => {
  it("are refused when they are not http or https", () => {
    expect(() =>
      templates.verifyEmail({
        recipient: { name: "Mallory", language: "en" },
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
