import { DrizzleQueryError } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { type QueryFailure, withoutQueryParameters } from "../src/query-errors.js";

/** What postgres.js throws for a unique violation: its `detail` quotes the value. */
const uniqueViolation = Object.assign(
  new Error('duplicate key value violates unique constraint "users_email_key"'),
  {
    code: "23505",
    severity: "ERROR",
    constraint_name: "users_email_key",
    table_name: "users",
    detail: "Key (email)=(lan.nguyen@dienmayviet.example.vn) already exists.",
  },
);

describe("withoutQueryParameters", () => {
  it("keeps the statement, the cause and the driver's code, and drops the parameters from message and stack", () => {
    const params = ["lan.nguyen@dienmayviet.example.vn", "$argon2id$v=19$m=19456,t=2,p=1$c2VjcmV0"];
    const original = new DrizzleQueryError(
      'insert into "users" ("email", "password_hash") values ($1, $2)',
      params,
      uniqueViolation,
    );
    expect(original.message).toContain(params[0]);

    const failure = withoutQueryParameters(original) as QueryFailure;
    for (const text of [failure.message, failure.stack ?? "", JSON.stringify(failure.database)]) {
      for (const param of params) expect(text).not.toContain(param);
    }
    expect(failure.message).toBe(
      'Failed query (2 parameters withheld): insert into "users" ("email", "password_hash") values ($1, $2): ' +
        'duplicate key value violates unique constraint "users_email_key"',
    );
    expect(failure.database).toEqual({
      code: "23505",
      severity: "ERROR",
      constraint_name: "users_email_key",
      table_name: "users",
    });
    expect(failure.stack).toMatch(/^QueryFailure: Failed query[^\n]*\n {4}at /);
  });

  it("shortens a long statement, such as a thousand-row insert", () => {
    const values = Array.from({ length: 1000 }, (_, i) => `($${2 * i + 1}, $${2 * i + 2})`).join(", ");
    const failure = withoutQueryParameters(
      new DrizzleQueryError(`insert into "request_matches" values ${values}`, [], new Error("boom")),
    ) as Error;
    expect(failure.message.length).toBeLessThan(300);
    expect(failure.message).toContain("…: boom");
  });

  it("returns every other error untouched", () => {
    const plain = new Error("Meilisearch is unreachable");
    expect(withoutQueryParameters(plain)).toBe(plain);
    expect(withoutQueryParameters("a string")).toBe("a string");
  });
});
