// "Near a zone" as a person asks for it: a zone's id from a link, or a name typed into the form ("song than",
// "VSIP", "Tân Thuận"), read with the same rule the API uses for "near …" in search text.
import { zoneNameIndex } from "@ketnoi/domain/geo";
import type { ReferenceData, Zone } from "./directory";

export type NearZone =
  | { kind: "none" }
  /** The zone searched around, and other zones the words could also have meant. */
  | { kind: "zone"; zone: Zone; alternatives: Zone[] }
  | { kind: "unknown"; text: string };

const maxAlternatives = 5;
const indexes = new WeakMap<ReferenceData, ReturnType<typeof zoneNameIndex<Zone>>>();

export function resolveNearZone(text: string | undefined, reference: ReferenceData | undefined): NearZone {
  if (!text) return { kind: "none" };
  const byId = reference?.zonesById.get(text);
  if (byId) return { kind: "zone", zone: byId, alternatives: [] };
  if (!reference) return { kind: "unknown", text };
  let index = indexes.get(reference);
  if (!index) {
    index = zoneNameIndex(reference.zones);
    indexes.set(reference, index);
  }
  const chosen = index.findByName(text);
  const candidates = index.matching(text);
  const zone = chosen ?? candidates[0];
  if (!zone) return { kind: "unknown", text };
  return {
    kind: "zone",
    zone,
    alternatives: candidates.filter((other) => other.id !== zone.id).slice(0, maxAlternatives),
  };
}
