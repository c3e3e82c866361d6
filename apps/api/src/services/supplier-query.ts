// Reads what a buyer typed into the search box: certificates ("ISO 9001") become filters and "near VSIP" /
// "gần KCN Sóng Thần" becomes a distance filter around that zone, so the rest of the words can do the text match.
// What was understood is returned to the client, which shows it and lets the person undo it.
import type { Zone } from "@ketnoi/db";
import { extractCertificationMentions, foldToWords } from "@ketnoi/domain";
import type { ZoneDirectory } from "./zone-directory.js";

export interface InterpretedQuery {
  text: string;
  certifications: string[];
  near: Zone | undefined;
}

// Folded forms: "gần" → "gan", "quanh" (around), "tại" → "tai", "ở" → "o".
const nearWords = new Set(["near", "gan", "quanh", "around", "tai", "o", "at", "in"]);

export function interpretSupplierQuery(text: string, zones: ZoneDirectory): InterpretedQuery {
  let words = foldToWords(text).split(" ").filter(Boolean);
  let near: Zone | undefined;
  // "… near <zone name>": try the longest run of words after the marker that names a zone.
  for (let i = 0; i < words.length - 1 && !near; i++) {
    if (!nearWords.has(words[i] ?? "")) continue;
    for (let end = words.length; end > i + 1; end--) {
      const zone = zones.findByName(words.slice(i + 1, end).join(" "));
      if (zone) {
        near = zone;
        words = [...words.slice(0, i), ...words.slice(end)];
        break;
      }
    }
  }
  const certificationMentions = extractCertificationMentions(words.join(" "));
  let rest = ` ${words.join(" ")} `;
  for (const mention of certificationMentions) rest = rest.replace(` ${mention.term} `, " ");
  const interpreted = rest.trim();
  return {
    // Keep the person's own spelling (diacritics help highlighting) when nothing was taken out of it.
    text: near || certificationMentions.length > 0 ? interpreted : text.trim(),
    certifications: [...new Set(certificationMentions.map((m) => m.code))],
    near,
  };
}
