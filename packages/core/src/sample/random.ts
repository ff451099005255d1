/**
 * A small, fast, seeded random source, so sample data is the same on every machine and every run.
 * mulberry32 for uniform draws; Box-Muller for normal ones.
 */

/** A seeded source of random draws: uniform, normal, whole numbers, chances and picks. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** A normal draw with this mean and standard deviation. */
  normal(mean: number, sd: number): number;
  /** A whole number from min to max, both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(values: readonly T[]): T;
}

/** A seeded random source: the same seed gives the same draws on every machine and every run. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  let spare: number | null = null;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const standardNormal = (): number => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    // 1 - next() is in (0, 1], so the logarithm is finite.
    const r = Math.sqrt(-2 * Math.log(1 - next()));
    const theta = 2 * Math.PI * next();
    spare = r * Math.sin(theta);
    return r * Math.cos(theta);
  };
  return {
    next,
    normal: (mean, sd) => mean + sd * standardNormal(),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (values) => values[Math.floor(next() * values.length)]!,
  };
}
