// Compiles MJML to HTML. A build step (`pnpm email:compile`), the preview and the tests call it; the running
// apps use the committed result and never load MJML, which alone would add about 100 MB to every process.
import { createRequire } from "node:module";

interface MjmlResult {
  html: string;
  errors: { formattedMessage: string }[];
}
/** MJML 5's entry point is async; its published types still describe the sync v4 one, so we state our own. */
type Mjml2Html = (
  source: string,
  options: { validationLevel: "strict"; keepComments: boolean; fonts: Record<string, string> },
) => Promise<MjmlResult>;

export async function compileMjml(source: string): Promise<string> {
  const mjml2html = createRequire(import.meta.url)("mjml") as Mjml2Html;
  // Strict: an invalid template fails the build, not as a half-rendered email in someone's inbox.
  // No web fonts: a font link is a request to a third party each time the email is opened.
  const result = await mjml2html(source, { validationLevel: "strict", keepComments: true, fonts: {} });
  if (result.errors.length > 0) {
    throw new Error(`MJML: ${result.errors.map((e) => e.formattedMessage).join("; ")}`);
  }
  // MJML indents its output; the indentation is a third of the bytes, and every byte is encoded and sent for
  // each recipient. Line breaks stay (whitespace between inline elements still renders as one space).
  return result.html.replace(/\n[ \t]+/g, "\n");
}
