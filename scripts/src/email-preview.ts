// `pnpm email:preview`: renders every sample email (account emails, digests, notifications; both languages) to
// email-previews/ (git-ignored), one .html to open in a browser and one .txt per email, plus an index page.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { escapeHtml } from "@ketnoi/domain";
import { compileEmailTemplates, renderPreviewSamples } from "@ketnoi/email";

const outDir = fileURLToPath(new URL("../../email-previews/", import.meta.url));

// Compiled from the MJML source now, so an edited template shows before `pnpm email:compile` commits it.
const templates = await compileEmailTemplates();
const samples = renderPreviewSamples(templates);
await mkdir(outDir, { recursive: true });
for (const { name, email } of samples) {
  await writeFile(join(outDir, `${name}.html`), email.html);
  await writeFile(join(outDir, `${name}.txt`), `Subject: ${email.subject}\n\n${email.text}`);
}
const rows = samples
  .map(
    ({ name, email }) =>
      `<li><a href="${name}.html">${escapeHtml(name)}</a> (<a href="${name}.txt">text</a>): ${escapeHtml(email.subject)}</li>`,
  )
  .join("\n");
await writeFile(
  join(outDir, "index.html"),
  `<!doctype html><html><head><meta charset="utf-8"><title>Kết Nối email previews</title></head>
<body style="font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto"><h1>Email previews</h1><ul>
${rows}
</ul></body></html>
`,
);
console.log(`${samples.length} emails written to ${outDir} — open ${join(outDir, "index.html")}`);
