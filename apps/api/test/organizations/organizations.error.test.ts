import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  bearer,
  registerAccount,
  registerVerifiedAccount,
  tokenFromEmail,
  uniqueEmail,
} from "../helpers/accounts.js";
import { expectProblem } from "../helpers/problems.js";
import { createTestApp, type TestApp } from "../helpers/test-app.js";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe("names people give themselves and their organisation", () => {
  it("refuses a renamed organisation with a NUL byte or a direction override, keeping the old name", async () => {
    const owner = await registerAccount(t, { orgName: "Công ty TNHH Cơ Khí Tân Uyên" });
    for (const [name, code] of [
      ["Cơ Khí\u0000Tân Uyên", "text_control_character"],
      ["Cơ Khí \u202eneyU naT", "text_bidi_control"],
    ]) {
      const response = await t.app.inject({
        method: "PATCH",
        url: `/v1/organizations/${owner.organizationId}`,
        headers: bearer(owner.accessToken),
        payload: { name },
      });
      expect(expectProblem(response, 400, "validation_failed").errors).toEqual([
        expect.objectContaining({ field: "body.name", code }),
      ]);
    }
    const organization = await t.app.inject({
      method: "GET",
      url: `/v1/organizations/${owner.organizationId}`,
      headers: bearer(owner.accessToken),
    });
    expect(organization.json().name).toBe("Công ty TNHH Cơ Khí Tân Uyên");
  });

  it("refuses a changed user name with a NUL byte, a direction mark or a line break, keeping the old name", async () => {
    const owner = await registerAccount(t);
    for (const [name, code] of [
      ["Nguyễn\u0000Văn An", "text_control_character"],
      ["Nguyễn Văn An\u200f", "text_bidi_control"],
      ["Nguyễn Văn\r\nAn", "text_line_break"],
    ]) {
      const response = await t.app.inject({
        method: "PATCH",
        url: "/v1/me",
        headers: bearer(owner.accessToken),
        payload: { name },
      });
      expect(expectProblem(response, 400, "validation_failed").errors).toEqual([
        expect.objectContaining({ field: "body.name", code }),
      ]);
    }
    const me = await t.app.inject({ method: "GET", url: "/v1/me", headers: bearer(owner.accessToken) });
    expect(me.json().user.name).toBe("Nguyễn Văn An");
  });

  it("refuses a new member's name with a NUL byte or an override, and keeps the invitation usable", async () => {
    const owner = await registerVerifiedAccount(t);
    const email = uniqueEmail("newcomer");
    const invited = await t.app.inject({
      method: "POST",
      url: `/v1/organizations/${owner.organizationId}/invitations`,
      headers: bearer(owner.accessToken),
      payload: { email },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const { token } = await tokenFromEmail(t, email, "/accept-invitation");
    const accept = (name: string) =>
      t.app.inject({
        method: "POST",
        url: "/v1/invitations/accept",
        payload: { token, name, password: "lantern orchard velvet 2026" },
      });
    for (const [name, code] of [
      ["Người\u0000Mới", "text_control_character"],
      ["Người \u202eiớM", "text_bidi_control"],
    ] as const) {
      expect(expectProblem(await accept(name), 400, "validation_failed").errors).toEqual([
        expect.objectContaining({ field: "body.name", code }),
      ]);
    }
    const accepted = await accept("Người Mới");
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().user.name).toBe("Người Mới");
  });
});
