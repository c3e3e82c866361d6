// Taking one's data and leaving, from the settings: both ask for the password again; the download is the API's
// export as a file; erasure ends the session and the account can no longer log in.
import { readFile } from "node:fs/promises";
import { logIn, registerAccount, uniqueAddress } from "./accounts";
import { expect, expectAccessible, screenshot, test } from "./fixtures";

test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "x-forwarded-for": uniqueAddress() });
});

test("a person downloads their data and then deletes their account", async ({ page, stack }, testInfo) => {
  const vi = testInfo.project.name === "phone";
  const account = await registerAccount(stack, {
    language: vi ? "vi" : "en",
    verified: true,
    organization: "Công ty TNHH Bao Bì Sài Gòn Xanh",
  });
  const copy = vi
    ? {
        title: "Dữ liệu của bạn",
        password: "Mật khẩu của bạn",
        prepare: "Xác nhận và chuẩn bị tải về",
        wrong: "Mật khẩu không đúng.",
        download: "Tải dữ liệu của tôi (JSON)",
        confirm: "Tôi hiểu rằng tài khoản sẽ bị xoá vĩnh viễn",
        confirmRequired: "Đánh dấu ô này để xác nhận bạn muốn xoá tài khoản.",
        remove: "Xoá tài khoản của tôi",
        deleted: "Tài khoản của bạn đã bị xoá",
      }
    : {
        title: "Your data",
        password: "Your password",
        prepare: "Confirm and prepare the download",
        wrong: "That is not your password.",
        download: "Download my data (JSON)",
        confirm: "I understand that my account is deleted for good",
        confirmRequired: "Tick the box to confirm you want your account deleted.",
        remove: "Delete my account",
        deleted: "Your account is deleted",
      };

  // A logged-out visit goes through the login page and comes back.
  await page.goto("/settings/data");
  await expect(page).toHaveURL(/\/login\?returnTo=%2Fsettings%2Fdata$/);
  await logIn(page, vi ? "vi" : "en", account.email);
  await expect(page).toHaveURL(/\/settings\/data$/);
  await expect(page.getByRole("heading", { level: 1, name: copy.title })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, `settings-data-${vi ? "vi" : "en"}`);

  const exportSection = page.getByRole("region", { name: vi ? "Tải dữ liệu của bạn" : "Download your data" });
  await exportSection.getByLabel(copy.password).fill("not the password at all");
  await exportSection.getByRole("button", { name: copy.prepare }).click();
  await expect(exportSection.locator("#field-exportPassword-error")).toHaveText(copy.wrong);

  await exportSection.getByLabel(copy.password).fill(account.password);
  await exportSection.getByRole("button", { name: copy.prepare }).click();
  const downloading = page.waitForEvent("download");
  await exportSection.getByRole("link", { name: copy.download }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^ketnoi-personal-data-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(await readFile((await download.path()) ?? "", "utf8")) as {
    account: { email: string; name: string };
    memberships: unknown[];
  };
  expect(exported.account.email).toBe(account.email);
  expect(exported.memberships).toHaveLength(1);
  await screenshot(page, testInfo, `settings-data-ready-${vi ? "vi" : "en"}`);

  const deleteSection = page.getByRole("region", { name: vi ? "Xoá tài khoản" : "Delete your account" });
  await deleteSection.getByLabel(copy.password).fill(account.password);
  await deleteSection.getByRole("button", { name: copy.remove }).click();
  await expect(deleteSection.locator("#field-confirm-error")).toHaveText(copy.confirmRequired);
  await expectAccessible(page);
  await screenshot(page, testInfo, `settings-data-delete-error-${vi ? "vi" : "en"}`);

  await deleteSection.getByLabel(copy.confirm).check();
  await deleteSection.getByLabel(copy.password).fill(account.password);
  await deleteSection.getByRole("button", { name: copy.remove }).click();
  await expect(page.getByRole("heading", { level: 1, name: copy.deleted })).toBeVisible();
  await expectAccessible(page);
  await screenshot(page, testInfo, `account-deleted-${vi ? "vi" : "en"}`);

  // The session is gone with the account, and the password no longer opens anything.
  await page.goto("/settings/data");
  await expect(page).toHaveURL(/\/login\?returnTo=/);
  const login = await fetch(`${stack.apiUrl}/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": uniqueAddress() },
    body: JSON.stringify({ email: account.email, password: account.password }),
  });
  expect(login.status).toBe(401);
});
