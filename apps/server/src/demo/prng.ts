/**
 * A seeded pseudo-random generator (sfc32, seeded through cyrb128), so the demo city is the same
 * for the same seed on every machine. Never Math.random in generated data.
 */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

export type Random = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** A key drawn with the given weights (need not sum to 1). */
  weighted<K extends string>(weights: Readonly<Partial<Record<K, number>>>): K;
  /** Roughly normal (sum of uniforms), clamped to [min, max]. */
  around(mean: number, spread: number, min: number, max: number): number;
  /** An RFC 4122 version-4 layout UUID from the stream. */
  uuid(): string;
  /** An independent stream for one concern, so adding draws elsewhere does not shift it. */
  fork(label: string): Random;
};

// Weight tables are module constants drawn from thousands of times: tabulate each once.
const weightTables = new WeakMap<object, { entries: [string, number][]; total: number }>();
function weightTable(weights: object) {
  let table = weightTables.get(weights);
  if (!table) {
    const entries = Object.entries(weights) as [string, number][];
    table = { entries, total: entries.reduce((sum, [, w]) => sum + w, 0) };
    weightTables.set(weights, table);
  }
  return table;
}

export function createRandom(seedText: string): Random {
  let [a, b, c, d] = cyrb128(seedText);
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Warm-up: the first outputs of sfc32 carry the seed's structure.
  for (let i = 0; i < 15; i++) next();
  const random: Random = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: (weights) => {
      const { entries, total } = weightTable(weights);
      let roll = next() * total;
      for (const [key, weight] of entries) {
        roll -= weight;
        if (roll < 0) return key as never;
      }
      return entries[entries.length - 1]![0] as never;
    },
    around: (mean, spread, min, max) => {
      const unit = (next() + next() + next() + next() - 2) / 2; // mean 0, within ±1
      return Math.min(max, Math.max(min, mean + unit * spread));
    },
    uuid: () => {
      const hex = Array.from({ length: 16 }, () => Math.floor(next() * 256));
      hex[6] = (hex[6]! & 0x0f) | 0x40;
      hex[8] = (hex[8]! & 0x3f) | 0x80;
      const s = hex.map((x) => x.toString(16).padStart(2, '0')).join('');
      return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
    },
    fork: (label) => createRandom(`${seedText}/${label}`),
  };
  return random;
}
