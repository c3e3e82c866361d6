import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { currentEnvironment } from "@ketnoi/config";
import { accountRepository, createDb, type DbHandle } from "@ketnoi/db";
import { verifyPassword } from "@ketnoi/passwords";
import { createTestDatabase } from "@ketnoi/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
let database: Awaited<ReturnType<typeof createTestDatabase>>;
let handle: DbHandle;

function adminCli(args: string[], env: Record<string, string> = {}) {
  return run(
    process.execPath,
    ["--import", "tsx", "--conditions=development", "scripts/src/create-admin.ts", ...args],
    {
      cwd: repoRoot,
      env: { PATH: currentEnvironment().PATH ?? "", DATABASE_URL: database.url, ...env },
    },
  );
}

beforeAll(async () => {
  database = await createTestDatabase();
  handle = createDb(database.url, { maxConnections: 1 });
});
afterAll(async () => {
  await handle.close();
  await database.drop();
});

describe("pnpm admin:create", () => {
  it("creates a verified platform admin whose password works", async () => {
    const { stdout } = await adminCli(["--email", "Admin@KetNoi.vn", "--name", "Quản trị viên"], {
      ADMIN_PASSWORD: "lantern orchard velvet 2026",
    });
    expect(stdout).toContain("created platform admin admin@ketnoi.vn");
    const user = await accountRepository.findUserByEmail(handle.db, "admin@ketnoi.vn");
    expect(user).toMatchObject({ name: "Quản trị viên", isPlatformAdmin: true });
    expect(user?.emailVerifiedAt).not.toBeNull();
    expect(await verifyPassword(user?.passwordHash ?? "", "lantern orchard velvet 2026")).toBe(true);
    // A session acts for an organisation: without one the admin could not log in.
    const memberships = await accountRepository.listMembershipsOfUser(handle.db, user?.id ?? "");
    expect(memberships).toHaveLength(1);
    expect(memberships[0]?.organization.roles).toEqual([]);
  });

  it("promotes an existing user without touching the password", async () => {
    const before = await handle.db.transaction((tx) =>
      accountRepository.createUser(tx, {
        email: "staff@ketnoi.vn",
        name: "Staff",
        passwordHash: "unchanged-hash",
        language: "en",
      }),
    );
    const { stdout } = await adminCli(["--email", "staff@ketnoi.vn"]);
    expect(stdout).toContain("is now a platform admin");
    const after = await accountRepository.findUserById(handle.db, before.id);
    expect(after).toMatchObject({ isPlatformAdmin: true, passwordHash: "unchanged-hash" });
  });

  it("refuses a weak password and a missing email, creating nobody", async () => {
    await expect(adminCli(["--email", "weak@ketnoi.vn"], { ADMIN_PASSWORD: "short" })).rejects.toMatchObject({
      code: 2,
    });
    await expect(
      adminCli(["--email", "weak@ketnoi.vn"], { ADMIN_PASSWORD: "Password1234" }),
    ).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/password is too easy to guess[\s\S]*Mật khẩu/),
    });
    await expect(adminCli([])).rejects.toMatchObject({ code: 2 });
    expect(await accountRepository.findUserByEmail(handle.db, "weak@ketnoi.vn")).toBeUndefined();
  }, 60_000);
});
