import { defineConfig } from "@playwright/test";

// Debian's Chromium (apt-get install chromium): Playwright's own browser download needs the internet. The flags
// keep it from calling home, which this machine's network refuses.
const chromium = {
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};

export default defineConfig({
  testDir: "e2e",
  testMatch: "*.spec.ts",
  outputDir: "test-results/output",
  globalSetup: "./e2e/global-setup.ts",
  // One stack serves every test; two workers keep the 2-core machine responsive.
  workers: 2,
  fullyParallel: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: 0,
  reporter: [["list"]],
  use: {
    launchOptions: chromium,
    trace: "retain-on-failure",
  },
  projects: [
    { name: "desktop", use: { viewport: { width: 1280, height: 800 }, locale: "en-GB" } },
    {
      name: "phone",
      use: { viewport: { width: 390, height: 844 }, locale: "vi-VN", isMobile: true, hasTouch: true },
    },
  ],
});
