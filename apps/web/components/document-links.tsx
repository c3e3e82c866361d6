// Company papers with their download links (signed, short-lived, made for this reader), followed through the
// web's /files route. Each link names its file for screen readers.

import { webFileLink } from "../lib/file-links";
import { fill } from "../lib/i18n/fill";

export interface DocumentLink {
  id: string;
  fileName: string;
  download: { url: string };
}

export function DocumentLinks({
  documents,
  openLabel,
}: {
  documents: DocumentLink[];
  /** "Open {name}" in the page's language. */
  openLabel: string;
}) {
  return (
    <ul className="list-disc pl-5">
      {documents.map((document) => (
        <li key={document.id} className="break-all">
          <a
            href={webFileLink(document)}
            aria-label={fill(openLabel, { name: document.fileName })}
            className="inline-flex min-h-11 items-center font-semibold"
          >
            {document.fileName}
          </a>
        </li>
      ))}
    </ul>
  );
}
