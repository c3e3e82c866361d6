import { describe, expect, it } from "vitest";
import { judgePassword, passwordRepeatsEmail } from "../src/accounts/password-strength.js";
import { fieldErrorMessages } from "../src/errors.js";

const refusal = async (password: string, context = {}) => {
  const verdict = await judgePassword(password, context);
  return verdict.ok ? undefined : verdict.code;
};

describe("judgePassword", () => {
  it("refuses common and leaked passwords, whatever their length", async () => {
    expect(await refusal("Password1234")).toBe("password_common");
    expect(await refusal("qwertyuiop1")).toBe("password_common");
    expect(await refusal("P@ssw0rd1234!")).toBe("password_common");
    expect(await refusal("iloveyou2024")).toBe("password_common");
  });

  it("refuses repeats, sequences and keyboard patterns", async () => {
    expect(await refusal("1234512345")).toBe("password_pattern");
    expect(await refusal("aaaaaaaaaaaa")).toBe("password_pattern");
    expect(await refusal("abcdefghijkl")).toBe("password_pattern");
  });

  it("knows the passwords Vietnamese people choose and our product's name", async () => {
    for (const password of [
      "matkhau2024!",
      "anhyeuem123456",
      "emyeuanh1990",
      "Ketnoi@2025",
      "vietnam123456",
    ]) {
      expect(await refusal(password), password).toBeDefined();
    }
  });

  it("refuses the person's own email, name and organisation, with or without diacritics and spaces", async () => {
    const person = {
      email: "an.nguyen@baobiminhphat.vn",
      names: ["Nguyễn Văn An", "Công ty TNHH Bao Bì Minh Phát"],
    };
    for (const password of [
      "an.nguyen@baobiminhphat.vn",
      "an.nguyen2025!",
      "nguyenvanan1990",
      "Nguyễn Văn An 1990",
      "Bao Bì Minh Phát 2025",
      "baobiminhphat.vn",
    ]) {
      expect(await refusal(password, person), password).toBe("password_personal");
    }
  });

  it("refuses fewer than 10 characters and more than 200", async () => {
    expect(await refusal("Xk9#mQ2v")).toBe("password_too_short");
    expect(await refusal("x".repeat(201))).toBe("password_too_long");
  });

  it("accepts long passphrases and random strings, in Vietnamese or English", async () => {
    for (const password of [
      "correct horse battery staple",
      "vivid otter juggles 7 plums",
      "cà phê sữa đá ngon lắm",
      "xK9#mQ2vL7pR",
    ]) {
      expect(
        await judgePassword(password, { email: "an.nguyen@example.vn", names: ["Nguyễn Văn An"] }),
      ).toEqual({ ok: true });
    }
  });

  it("says why in English, and every reason has Vietnamese and English words for clients", async () => {
    const verdict = await judgePassword("Password1234");
    expect(verdict).toEqual({
      ok: false,
      code: "password_common",
      message: "is too easy to guess: it is, or is close to, a commonly used or leaked password",
    });
    for (const code of [
      "password_too_short",
      "password_too_long",
      "password_common",
      "password_personal",
      "password_pattern",
      "password_guessable",
    ] as const) {
      expect(fieldErrorMessages[code].vi).toMatch(/Mật khẩu|mật khẩu/);
      expect(fieldErrorMessages[code].en).toMatch(/password/i);
    }
  });
});

describe("passwordRepeatsEmail", () => {
  it("finds the address or its local part anywhere in the password", () => {
    expect(passwordRepeatsEmail("x an.nguyen@example.vn", "an.nguyen@example.vn")).toBe(true);
    expect(passwordRepeatsEmail("AN.NGUYEN and more", "an.nguyen@example.vn")).toBe(true);
    expect(passwordRepeatsEmail("abc and more words", "abc@example.vn")).toBe(false);
  });
});
