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

const desktop = { viewport: { width: 1280, height: 800 }, locale: "en-GB" };
const phone = { viewport: { width: 390, height: 844 }, locale: "vi-VN", isMobile: true, hasTouch: true };
/** The journeys that read only what the stack seeded. */
const directorySpecs = ["directory.spec.ts", "public-pages.spec.ts"];
/** Which page a link opens does not depend on the screen: the desktop project walks them once. */
const desktopOnlySpecs = ["deep-links.spec.ts"];

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
  // The directory's journeys count the suppliers the stack seeded ("2 suppliers for “thùng carton”"); the
  // marketplace journeys publish more carton and moulding suppliers into the same index. So the directory runs
  // first, at both sizes, and the journeys that add suppliers start once it is done.
  projects: [
    { name: "directory-desktop", testMatch: directorySpecs, use: desktop },
    { name: "directory-phone", testMatch: directorySpecs, use: phone },
    {
      name: "desktop",
      testIgnore: directorySpecs,
      use: desktop,
      dependencies: ["directory-desktop", "directory-phone"],
    },
    {
      name: "phone",
      testIgnore: [...directorySpecs, ...desktopOnlySpecs],
      use: phone,
      dependencies: ["directory-desktop", "directory-phone"],
    },
  ],
});
