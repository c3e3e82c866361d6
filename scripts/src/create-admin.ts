// `pnpm admin:create --email a@b.vn --name "Tên"`: creates a platform admin, or promotes an existing user.
// Admins are never created through the API. The password is read from ADMIN_PASSWORD or asked for on the
// terminal, so it does not end up in shell history.
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import { adminCliEnvSchema, loadConfigOrExit, loadDotEnvIfPresent } from "@ketnoi/config";
import { accountRepository, createDb, ensureDatabase, migrateDatabase } from "@ketnoi/db";
import { emailSchema, fieldErrorMessages, judgePassword } from "@ketnoi/domain";
import { hashPassword } from "@ketnoi/passwords";

loadDotEnvIfPresent();
const env = loadConfigOrExit(adminCliEnvSchema);
const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    language: { type: "string", default: "vi" },
  },
});

const email = emailSchema.safeParse(values.email ?? "");
if (!email.success) {
  console.error('usage: pnpm admin:create --email admin@example.vn [--name "Full Name"] [--language vi|en]');
  process.exit(2);
}

await ensureDatabase(env.DATABASE_URL);
await migrateDatabase(env.DATABASE_URL);
const { db, close } = createDb(env.DATABASE_URL, { maxConnections: 1 });
try {
  const existing = await accountRepository.findUserByEmail(db, email.data);
  if (existing) {
    await db.transaction((tx) => accountRepository.setPlatformAdmin(tx, existing.id, true));
    console.log(`${email.data} is now a platform admin`);
  } else {
    const password = env.ADMIN_PASSWORD ?? (await askPassword());
    // Admins get the same rule as everyone: an admin account is the one most worth guessing.
    const verdict = await judgePassword(password, { email: email.data, names: [values.name, "Kết Nối"] });
    if (!verdict.ok) {
      const reason = fieldErrorMessages[verdict.code];
      console.error(`password ${verdict.message}\n${reason.en}\n${reason.vi}`);
      process.exit(2);
    }
    const passwordHash = await hashPassword(password);
    // Sessions act for an organisation, so a new admin gets one of its own (with no marketplace role);
    // without it the admin could not log in at all.
    await db.transaction(async (tx) => {
      const { user } = await accountRepository.createOrganizationWithOwner(tx, {
        organization: { name: "Kết Nối — platform staff", roles: [] },
        owner: {
          email: email.data,
          name: values.name ?? email.data,
          passwordHash,
          language: values.language === "en" ? "en" : "vi",
        },
      });
      await accountRepository.markEmailVerified(tx, user.id, new Date());
      await accountRepository.setPlatformAdmin(tx, user.id, true);
    });
    console.log(`created platform admin ${email.data}`);
  }
} finally {
  await close();
}

async function askPassword(): Promise<string> {
  const prompt = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  try {
    return await prompt.question("Password for the new admin (at least 10 characters, not easy to guess): ");
  } finally {
    prompt.close();
  }
}
