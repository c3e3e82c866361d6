// Every buyer link an email builds (ProductLinks) has a page here: the path's segments lead to a page.tsx under
// app/(signed-in), dynamic segments taking any id. (Their behaviour logged out, for the wrong organisation and for
// the right person is driven in e2e/buyer-requests.spec.ts.)
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ProductLinks } from "@ketnoi/email";
import { describe, expect, it } from "vitest";

const signedIn = fileURLToPath(new URL("../app/(signed-in)", import.meta.url));

/** The page file a path resolves to, or undefined. */
function pageFor(path: string): string | undefined {
  let dir = signedIn;
  for (const segment of path.split("/").filter(Boolean)) {
    if (existsSync(join(dir, segment))) {
      dir = join(dir, segment);
      continue;
    }
    const dynamic = readdirSync(dir).find((name) => /^\[[^.\]]+\]$/.test(name));
    if (!dynamic) return undefined;
    dir = join(dir, dynamic);
  }
  const page = join(dir, "page.tsx");
  return existsSync(page) ? page : undefined;
}

describe("the buyer's deep links", () => {
  const links = new ProductLinks("https://ketnoi.example");
  const requestId = "01a24824-3037-758a-aba4-3bdfb60c14e0";
  const supplierId = "01a24824-2c66-7ead-94ce-2e26a986c03e";
  it.each([
    ["requests", links.requests()],
    ["request", links.request(requestId)],
    ["requestQuotes", links.requestQuotes(requestId)],
    ["requestMatch", links.requestMatch(requestId, supplierId)],
  ])("%s has a page", (_name, link) => {
    expect(pageFor(new URL(link).pathname), link).toBeDefined();
  });
  it("a path that is not the product's has none", () => {
    expect(pageFor("/requests/x/nothing-here")).toBeUndefined();
  });
});
