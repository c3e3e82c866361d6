// A small seeded PRNG (sfc32, seeded through splitmix32) and the draws the generator needs. Demo data must be
// reproducible byte for byte, so nothing here may touch Math.random or the clock.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items in random order (all of them when there are fewer). */
  sample<T>(items: readonly T[], count: number): T[];
  /** Log-uniform in [min, max]: sizes and capacities spread over orders of magnitude, small ones commoner. */
  logUniform(min: number, max: number): number;
}

/** splitmix32's finaliser: turns related inputs (seed, index) into unrelated 32-bit words. */
export function mix32(value: number): number {
  let z = (value + 0x9e3779b9) | 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/**
 * An independent stream per (seed, stream): each supplier draws from its own, so supplier i is the same whether
 * 300 or 100,000 are generated, and a seeded database can be grown without rewriting what is there.
 */
export function createRandom(seed: number, stream = 0): Random {
  return new Sfc32(seed, stream);
}

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counter): 128-bit state, passes PractRand, a handful of operations.
 * A class rather than closures: one is made per supplier, and per-instance functions showed up in profiles.
 */
class Sfc32 implements Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number, stream: number) {
    this.a = mix32(seed ^ 0x5bd1e995);
    this.b = mix32(this.a ^ stream);
    this.c = mix32(this.b + stream);
    this.d = mix32(this.c ^ 0x27d4eb2f);
    // The first outputs of a freshly seeded sfc32 are still correlated with the seed words.
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  private nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  next(): number {
    return this.nextUint32() / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("cannot pick from an empty list");
    return items[Math.floor(this.next() * items.length)] as T;
  }

  sample<T>(items: readonly T[], count: number): T[] {
    const pool = items.slice();
    const n = Math.min(count, pool.length);
    // Partial Fisher–Yates: only the first n positions are shuffled.
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (pool.length - i));
      const swap = pool[i] as T;
      pool[i] = pool[j] as T;
      pool[j] = swap;
    }
    pool.length = n;
    return pool;
  }

  logUniform(min: number, max: number): number {
    return Math.exp(Math.log(min) + this.next() * (Math.log(max) - Math.log(min)));
  }
}

/** Items with relative weights, drawn in O(log n) from a cumulative table built once. */
export interface WeightedTable<T> {
  readonly items: readonly T[];
  draw(random: Random): T;
}

export function weightedTable<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  const kept = entries.filter(([, weight]) => weight > 0);
  if (kept.length === 0) throw new RangeError("a weighted table needs at least one positive weight");
  const items = kept.map(([item]) => item);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, weight] of kept) {
    total += weight;
    cumulative.push(total);
  }
  return {
    items,
    draw(random) {
      const target = random.next() * total;
      let low = 0;
      let high = cumulative.length - 1;
      while (low < high) {
        const mid = (low + high) >>> 1;
        if ((cumulative[mid] as number) > target) high = mid;
        else low = mid + 1;
      }
      return items[low] as T;
    },
  };
}
