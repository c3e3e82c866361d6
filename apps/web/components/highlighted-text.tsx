// Text with the search's matches marked. Every segment is React text: a supplier name such as
// `<img src=x onerror=alert(1)>` is shown as those characters, never parsed as HTML. Unmarked text is left bare
// (no element of its own): a search page shows dozens of these, and each element is rendered twice (HTML and the
// RSC payload).
import type { HighlightSegment } from "../lib/highlight";

export function HighlightedText({ segments }: { segments: HighlightSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.marked ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are a fixed split of one string
          <mark key={index}>{segment.text}</mark>
        ) : (
          segment.text
        ),
      )}
    </>
  );
}
