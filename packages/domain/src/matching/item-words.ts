// The words of a title that name the item itself. A title also says what the item is for or packed in ("PP screw
// caps for our HDPE lubricant bottles", "trục inox tiện, đóng trong thùng carton"); those words rank suppliers of
// the other thing (bottle blowers, carton plants) and dilute the item's own words, so matching reads the title up
// to its first purpose marker, the same markers the category resolver discounts.
import { purposeMarkers } from "../taxonomy/category-lexicon.js";
import { foldToWords } from "../text/fold.js";

const markers = purposeMarkers.map((marker) => marker.split(" "));
/**
 * Words a title must have before a marker for the marker to count: "vải len" is wool fabric and "dung dịch" a
 * solution, not "fabric onto" and "contain a solution".
 */
const minItemWords = 2;

/** The title up to its first purpose marker (as written), or the whole title when it has none. */
export function itemPartOfTitle(title: string): string {
  const written = title.split(/\s+/).filter((word) => word.length > 0);
  const folded = written.map((word) => foldToWords(word));
  let itemWords = 0;
  for (let i = 0; i < written.length; i++) {
    const startsMarker = markers.some((marker) =>
      marker.every((part, offset) => folded[i + offset] === part),
    );
    if (startsMarker && itemWords >= minItemWords) return written.slice(0, i).join(" ");
    if (folded[i] !== "") itemWords++;
  }
  return title;
}
