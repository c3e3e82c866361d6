// Search highlights arrive as text in which the API marks matches with <mark>…</mark>. They are split into
// plain segments and marked segments and rendered as React text: nothing from the API ever becomes HTML.

export interface HighlightSegment {
  text: string;
  marked: boolean;
}

const entities: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

/**
 * The API escapes the supplier's text before it adds the marks, so `&lt;img&gt;` is the text "<img>". Only the
 * five entities an HTML escaper writes are decoded; any other "&…;" is left as typed.
 */
function unescapeText(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (entity) => entities[entity] ?? entity);
}

export function highlightSegments(highlighted: string): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of highlighted.matchAll(pattern)) {
    if (match.index > last)
      segments.push({ text: unescapeText(highlighted.slice(last, match.index)), marked: false });
    if (match[1]) segments.push({ text: unescapeText(match[1]), marked: true });
    last = match.index + match[0].length;
  }
  if (last < highlighted.length)
    segments.push({ text: unescapeText(highlighted.slice(last)), marked: false });
  return segments;
}

/** The highlighted version of a field when the API sent one for it, else the plain value as one segment. */
export function highlightedField(
  highlights: Record<string, string | string[]>,
  field: string,
  plain: string,
): HighlightSegment[] {
  const value = highlights[field];
  const text = typeof value === "string" ? value : undefined;
  return text ? highlightSegments(text) : [{ text: plain, marked: false }];
}
