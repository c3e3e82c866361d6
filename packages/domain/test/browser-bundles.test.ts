// The domain's rules are for the web too: each room must bundle for a browser (no Node built-ins, no native
// modules, here or in what it imports) and be reachable through its own subpath export.
import { readdir, readFile } from "node:fs/promises";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const packageDir = new URL("../", import.meta.url);
const manifest = JSON.parse(await readFile(new URL("package.json", packageDir), "utf8")) as {
  exports: Record<string, { types: string; development: string; default: string }>;
};

describe("@ketnoi/domain in a browser", () => {
  it("has a subpath export for every folder of src", async () => {
    const folders = (await readdir(new URL("src/", packageDir), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => `./${entry.name}`);
    expect(Object.keys(manifest.exports)).toEqual(expect.arrayContaining(folders));
  });

  it.each(Object.keys(manifest.exports))("bundles %s for the browser", async (subpath) => {
    const entry = manifest.exports[subpath]!.development;
    const result = await build({
      entryPoints: [new URL(entry, packageDir).pathname],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
    });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0]?.text.length).toBeGreaterThan(0);
  });
});
