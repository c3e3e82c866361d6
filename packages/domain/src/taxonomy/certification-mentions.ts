// Certificates named inside free text ("ép phun ISO 9001 gần VSIP", "FSC certified carton"), for search queries
// and sourcing requests. Spans of up to four words are tried longest first against resolveCertification.
import { foldVietnamese } from "../text/fold.js";
import { resolveCertification } from "./lookup.js";

export interface CertificationMention {
  code: string;
  /** The folded words that named it, space-separated ("iso 9001 2015"). */
  term: string;
}

// Codes that are also everyday English words count only when written in capitals ("REACH", not "reach").
const capitalsOnly = new Set(["reach", "wrap", "ce", "ul", "grs", "gots", "halal"]);

export function extractCertificationMentions(text: string): CertificationMention[] {
  const tokens = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    raw: m[0],
    folded: foldVietnamese(m[0]),
  }));
  const mentions: CertificationMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    let matched = 0;
    for (let length = Math.min(4, tokens.length - i); length >= 1 && matched === 0; length--) {
      const span = tokens.slice(i, i + length);
      const term = span.map((t) => t.folded).join(" ");
      // A lone number ("9001") or a lone filler word is not a certificate.
      if (length === 1 && (/^\d+$/.test(term) || term.length < 2)) continue;
      if (length === 1 && capitalsOnly.has(term) && span[0]?.raw !== span[0]?.raw.toUpperCase()) continue;
      const certification = resolveCertification(span.map((t) => t.raw).join(" "));
      if (certification) {
        mentions.push({ code: certification.code, term });
        matched = length;
      }
    }
    i += matched || 1;
  }
  return mentions;
}
