// How much distance matters for what is bought. Freight is a large share of the price of bulky, low-value goods
// (a truck of cartons is worth little more than the diesel to bring it from Bình Phước), and a negligible share
// of the price of compact, high-value parts (a box of PCBAs crosses the country overnight for the price of one
// board). Distance is a soft factor whose weight and fall-off follow this.
import { getCategory } from "../taxonomy/index.js";

export type DistanceSensitivity = "bulky" | "standard" | "compact";

/**
 * Trades whose goods are bulky and cheap per cubic metre (cartons, foam, pallets, bottles, bags, film, …) or
 * compact and dear (machined and electronic parts, fasteners, trims). A category not listed takes its nearest
 * listed ancestor's; none listed is standard.
 */
const sensitivityOfTrade: Readonly<Record<string, DistanceSensitivity>> = {
  packaging: "bulky",
  "packaging.labels-stickers": "standard",
  "packaging.desiccants": "standard",
  "plastics.blow-moulding": "bulky",
  "plastics.thermoforming": "bulky",
  "plastics.extrusion": "bulky",
  "plastics.resins": "bulky",
  "metal.steel-structures": "bulky",
  "metal.metal-stock": "bulky",
  "textile.fabrics.nonwoven": "bulky",
  "services.warehousing": "bulky",
  "metal.cnc-machining": "compact",
  "metal.fasteners": "compact",
  "metal.springs": "compact",
  "metal.casting.investment-casting": "compact",
  electronics: "compact",
  "electronics.control-panels": "standard",
  "textile.trims": "compact",
  moulds: "compact",
  "printing.laser-marking": "compact",
  "services.testing-inspection": "compact",
  "services.prototyping": "compact",
};

function tradeSensitivity(code: string): DistanceSensitivity {
  for (let current: string | null = code; current !== null; current = getCategory(current)?.parent ?? null) {
    const found = sensitivityOfTrade[current];
    if (found) return found;
    if (!getCategory(current)) break;
  }
  return "standard";
}

const order: readonly DistanceSensitivity[] = ["compact", "standard", "bulky"];

/** The most distance-sensitive of the requested trades: one bulky item in the request makes freight matter. */
export function distanceSensitivity(categories: readonly string[]): DistanceSensitivity {
  let most: DistanceSensitivity = categories.length === 0 ? "standard" : "compact";
  for (const code of categories) {
    const sensitivity = tradeSensitivity(code);
    if (order.indexOf(sensitivity) > order.indexOf(most)) most = sensitivity;
  }
  return most;
}

/** Multiplies the distance component's weight: freight decides bulky goods, hardly matters for compact ones. */
export const distanceWeightFactor: Readonly<Record<DistanceSensitivity, number>> = {
  bulky: 1.5,
  standard: 1,
  compact: 0.4,
};

/**
 * With no distance limit, the distance at which a supplier's distance value has halved: a carton plant 40 km
 * away is already a real freight cost, a machining shop 200 km away is an overnight courier.
 */
export const halfValueDistanceKm: Readonly<Record<DistanceSensitivity, number>> = {
  bulky: 40,
  standard: 80,
  compact: 200,
};
