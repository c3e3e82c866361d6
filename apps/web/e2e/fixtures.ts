// The tests' view of the stack: the web's address as Playwright's baseURL, and the seeded suppliers.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page, type TestInfo } from "@playwright/test";
import { readStackInfo, type StackInfo } from "./stack/stack-info";

export const test = base.extend<{ stack: StackInfo }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies as a pattern
  stack: async ({}, use) => {
    await use(readStackInfo());
  },
  baseURL: async ({ stack }, use) => {
    await use(stack.webUrl);
  },
});

export { expect };

/** axe on the current page: no serious or critical violation, each one listed when there is. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const severe = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
    );
  expect(severe, `axe violations on ${page.url()}`).toEqual([]);
}

/** A full-page screenshot per page and project, under test-results/screens/ (git-ignored), to look at. */
export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({
    path: `test-results/screens/${testInfo.project.name}-${name}.png`,
    fullPage: true,
  });
}
