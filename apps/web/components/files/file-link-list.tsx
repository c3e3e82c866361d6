// Files listed for download: each name is its (signed, short-lived) link, then its type and size, and whatever the
// caller adds (who uploaded it). One list for every place that shows files, so they read and behave alike.
import type { ReactNode } from "react";
import { webFileLink } from "../../lib/file-links";
import { formatFileSize } from "../../lib/format";
import { fill } from "../../lib/i18n/fill";
import type { Locale } from "../../lib/i18n/locales";

export interface ListedFile {
  id: string;
  fileName: string;
  kind: string;
  sizeBytes: number;
  download: { url: string };
}

export function FileLinkList<File extends ListedFile>({
  files,
  locale,
  downloadLabel,
  note,
}: {
  files: File[];
  locale: Locale;
  /** The link's accessible name, with `{name}` for the file's name ("Download {name}"). */
  downloadLabel: string;
  /** Said after the size, e.g. who uploaded the file. */
  note?: (file: File) => ReactNode;
}) {
  return (
    <ul className="space-y-1">
      {files.map((file) => (
        <li key={file.id} className="flex flex-wrap items-baseline gap-x-3">
          <a
            href={webFileLink(file)}
            aria-label={fill(downloadLabel, { name: file.fileName })}
            className="inline-flex min-h-11 items-center break-all font-semibold"
          >
            {file.fileName}
          </a>
          <span className="text-muted">
            {file.kind.toUpperCase()} · {formatFileSize(locale, file.sizeBytes)}
            {note ? <> · {note(file)}</> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
