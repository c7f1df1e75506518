// The portal's demo data is drawn from fixed seeds, so every visit (and every screenshot)
// shows the same numbers. Core keeps its own generator internal; an app brings its own.

/** mulberry32: a small seeded generator, good enough for demo data (not for statistics). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller); `1 − u` keeps the logarithm away from 0. */
export function normal(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

/** Computes once, on first use: a page computes only the data it shows. */
export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  let done = false;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value as T;
  };
}

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
