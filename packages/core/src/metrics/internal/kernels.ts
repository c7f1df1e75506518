/**
 * Numeric kernels for the regression metrics: one pass over Float64Arrays, four partial
 * sums per block of 1024 values and a Neumaier-compensated sum of the block sums, so that
 * 1e7-element sums stay within a few ulps while the inner loop stays a plain add.
 * Validation is folded in: a NaN or ±Infinity anywhere makes the result non-finite, and the
 * caller then looks for the culprit. Internal: not exported from the package root.
 */

const BLOCK = 1024;

/** The value of a [sum, compensation] pair (an infinite sum stays infinite rather than Inf − Inf = NaN). */
function total(acc: Float64Array): number {
  return Number.isFinite(acc[0]) ? acc[0] + acc[1] : acc[0];
}

/** Neumaier accumulator state as a 2-element array: [sum, compensation]. */
function addComp(acc: Float64Array, x: number): void {
  const s = acc[0];
  const t = s + x;
  if (Math.abs(s) >= Math.abs(x)) acc[1] += s - t + x;
  else acc[1] += x - t + s;
  acc[0] = t;
}

/** Σ (t − p)². */
export function sumSquaredError(t: Float64Array, p: Float64Array): number {
  const n = t.length;
  const acc = new Float64Array(2);
  for (let b = 0; b < n; b += BLOCK) {
    const e = b + BLOCK < n ? b + BLOCK : n;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let i = b;
    for (; i + 4 <= e; i += 4) {
      const d0 = t[i] - p[i];
      const d1 = t[i + 1] - p[i + 1];
      const d2 = t[i + 2] - p[i + 2];
      const d3 = t[i + 3] - p[i + 3];
      s0 += d0 * d0;
      s1 += d1 * d1;
      s2 += d2 * d2;
      s3 += d3 * d3;
    }
    for (; i < e; i++) {
      const d = t[i] - p[i];
      s0 += d * d;
    }
    addComp(acc, s0 + s1 + (s2 + s3));
  }
  return total(acc);
}

/** Σ |t − p|. */
export function sumAbsError(t: Float64Array, p: Float64Array): number {
  const n = t.length;
  const acc = new Float64Array(2);
  for (let b = 0; b < n; b += BLOCK) {
    const e = b + BLOCK < n ? b + BLOCK : n;
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    let i = b;
    for (; i + 4 <= e; i += 4) {
      s0 += Math.abs(t[i] - p[i]);
      s1 += Math.abs(t[i + 1] - p[i + 1]);
      s2 += Math.abs(t[i + 2] - p[i + 2]);
      s3 += Math.abs(t[i + 3] - p[i + 3]);
    }
    for (; i < e; i++) s0 += Math.abs(t[i] - p[i]);
    addComp(acc, s0 + s1 + (s2 + s3));
  }
  return total(acc);
}

/**
 * One pass for R²: Σ (t − p)², and Σ d, Σ d² of d = t − t[0] (the shift keeps the
 * variance from cancelling when the data sit far from 0).
 */
export function r2Sums(t: Float64Array, p: Float64Array): { sse: number; sd: number; sd2: number } {
  const n = t.length;
  const shift = t[0];
  const e2 = new Float64Array(2);
  const a1 = new Float64Array(2);
  const a2 = new Float64Array(2);
  for (let b = 0; b < n; b += BLOCK) {
    const e = b + BLOCK < n ? b + BLOCK : n;
    let q0 = 0;
    let q1 = 0;
    let s0 = 0;
    let s1 = 0;
    let v0 = 0;
    let v1 = 0;
    let i = b;
    for (; i + 2 <= e; i += 2) {
      const ta = t[i];
      const tb = t[i + 1];
      const ea = ta - p[i];
      const eb = tb - p[i + 1];
      const da = ta - shift;
      const db = tb - shift;
      q0 += ea * ea;
      q1 += eb * eb;
      s0 += da;
      s1 += db;
      v0 += da * da;
      v1 += db * db;
    }
    for (; i < e; i++) {
      const ta = t[i];
      const ea = ta - p[i];
      const da = ta - shift;
      q0 += ea * ea;
      s0 += da;
      v0 += da * da;
    }
    addComp(e2, q0 + q1);
    addComp(a1, s0 + s1);
    addComp(a2, v0 + v1);
  }
  return { sse: total(e2), sd: total(a1), sd2: total(a2) };
}

/** Compensated Σ w·x (w optional). */
export function weightedSum(x: Float64Array, w: Float64Array | undefined): number {
  const acc = new Float64Array(2);
  const n = x.length;
  for (let b = 0; b < n; b += BLOCK) {
    const e = b + BLOCK < n ? b + BLOCK : n;
    let s = 0;
    if (w === undefined) for (let i = b; i < e; i++) s += x[i];
    else for (let i = b; i < e; i++) s += w[i] * x[i];
    addComp(acc, s);
  }
  return total(acc);
}

/** Compensated Σ w·(x − c)² (w optional). */
export function weightedSquaredDeviation(x: Float64Array, c: number, w: Float64Array | undefined): number {
  const acc = new Float64Array(2);
  const n = x.length;
  for (let b = 0; b < n; b += BLOCK) {
    const e = b + BLOCK < n ? b + BLOCK : n;
    let s = 0;
    if (w === undefined) {
      for (let i = b; i < e; i++) {
        const d = x[i] - c;
        s += d * d;
      }
    } else {
      for (let i = b; i < e; i++) {
        const d = x[i] - c;
        s += w[i] * d * d;
      }
    }
    addComp(acc, s);
  }
  return total(acc);
}

/** True when every value equals the first (so a spread around the mean is exactly 0). */
export function isConstant(x: Float64Array): boolean {
  const v = x[0];
  for (let i = 1; i < x.length; i++) if (x[i] !== v) return false;
  return true;
}

/** A compensated sum as [sum, compensation]. */
export type CompPair = [number, number];

function addPair(acc: CompPair, x: number): void {
  const s = acc[0];
  const t = s + x;
  acc[1] += Math.abs(s) >= Math.abs(x) ? s - t + x : x - t + s;
  acc[0] = t;
}

/** Everything a regression accumulator needs from one chunk, in two fused passes. */
export interface RegressionChunk {
  sw: CompPair;
  sae: CompPair;
  sse: CompPair;
  /** Σ w·(y − y[0]) and Σ w·(e − e[0]) with e = y − ŷ. */
  devT: CompPair;
  devE: CompPair;
  /** Σ w·(y − ȳ)² and Σ w·(e − ē)² (two-pass, around the chunk means). */
  m2T: CompPair;
  m2E: CompPair;
  minT: number;
  maxT: number;
  minE: number;
  maxE: number;
}

/**
 * Chunk statistics for the regression accumulator: sums per block of 1024, block sums
 * added with Neumaier compensation; no per-sample allocation.
 */
export function regressionChunk(t: Float64Array, p: Float64Array, w: Float64Array | undefined): RegressionChunk {
  const n = t.length;
  const t0 = t[0];
  const e0 = t[0] - p[0];
  const sw: CompPair = [0, 0];
  const sae: CompPair = [0, 0];
  const sse: CompPair = [0, 0];
  const devT: CompPair = [0, 0];
  const devE: CompPair = [0, 0];
  let minT = Infinity;
  let maxT = -Infinity;
  let minE = Infinity;
  let maxE = -Infinity;
  for (let b = 0; b < n; b += BLOCK) {
    const end = b + BLOCK < n ? b + BLOCK : n;
    let bw = 0;
    let ba = 0;
    let bs = 0;
    let bt = 0;
    let be = 0;
    for (let i = b; i < end; i++) {
      const y = t[i];
      const e = y - p[i];
      const wi = w === undefined ? 1 : w[i];
      bw += wi;
      ba += wi * Math.abs(e);
      bs += wi * e * e;
      bt += wi * (y - t0);
      be += wi * (e - e0);
      if (y < minT) minT = y;
      if (y > maxT) maxT = y;
      if (e < minE) minE = e;
      if (e > maxE) maxE = e;
    }
    addPair(sw, bw);
    addPair(sae, ba);
    addPair(sse, bs);
    addPair(devT, bt);
    addPair(devE, be);
  }
  const W = sw[0] + sw[1];
  const mt = (devT[0] + devT[1]) / W;
  const me = (devE[0] + devE[1]) / W;
  const m2T: CompPair = [0, 0];
  const m2E: CompPair = [0, 0];
  const constT = minT === maxT;
  const constE = minE === maxE;
  if (!constT || !constE) {
    for (let b = 0; b < n; b += BLOCK) {
      const end = b + BLOCK < n ? b + BLOCK : n;
      let vt = 0;
      let ve = 0;
      for (let i = b; i < end; i++) {
        const y = t[i];
        const dt = y - t0 - mt;
        const de = y - p[i] - e0 - me;
        const wi = w === undefined ? 1 : w[i];
        vt += wi * dt * dt;
        ve += wi * de * de;
      }
      addPair(m2T, vt);
      addPair(m2E, ve);
    }
  }
  if (constT) m2T[0] = m2T[1] = 0;
  if (constE) m2E[0] = m2E[1] = 0;
  return { sw, sae, sse, devT, devE, m2T, m2E, minT, maxT, minE, maxE };
}

/** Sums of {@link regressionSums}: d = y − y[0], f = e − e[0] with e = y − ŷ. */
export interface RegressionSums {
  sae: number;
  sse: number;
  sd: number;
  sd2: number;
  sf: number;
  sf2: number;
}

/**
 * Everything the unweighted regression summary needs, in ONE pass over two Float64Arrays:
 * Σ|e|, Σe², and Σd, Σd², Σf, Σf² of the shifted series (the spreads of y and e follow as
 * Σd² − (Σd)²/n without cancelling when the data sit far from 0). Two lanes, 1024-value
 * blocks, block sums Neumaier-compensated; a NaN/±Infinity makes a result non-finite.
 */
export function regressionSums(t: Float64Array, p: Float64Array): RegressionSums {
  const n = t.length;
  const t0 = t[0];
  const f0 = t[0] - p[0];
  const cA = new Float64Array(2);
  const cE = new Float64Array(2);
  const cD = new Float64Array(2);
  const cD2 = new Float64Array(2);
  const cF = new Float64Array(2);
  const cF2 = new Float64Array(2);
  for (let b = 0; b < n; b += BLOCK) {
    const end = b + BLOCK < n ? b + BLOCK : n;
    let a0 = 0;
    let a1 = 0;
    let q0 = 0;
    let q1 = 0;
    let s0 = 0;
    let s1 = 0;
    let v0 = 0;
    let v1 = 0;
    let g0 = 0;
    let g1 = 0;
    let h0 = 0;
    let h1 = 0;
    let i = b;
    for (; i + 2 <= end; i += 2) {
      const ta = t[i];
      const tb = t[i + 1];
      const ea = ta - p[i];
      const eb = tb - p[i + 1];
      const da = ta - t0;
      const db = tb - t0;
      const fa = ea - f0;
      const fb = eb - f0;
      a0 += Math.abs(ea);
      a1 += Math.abs(eb);
      q0 += ea * ea;
      q1 += eb * eb;
      s0 += da;
      s1 += db;
      v0 += da * da;
      v1 += db * db;
      g0 += fa;
      g1 += fb;
      h0 += fa * fa;
      h1 += fb * fb;
    }
    if (i < end) {
      const ta = t[i];
      const ea = ta - p[i];
      const da = ta - t0;
      const fa = ea - f0;
      a0 += Math.abs(ea);
      q0 += ea * ea;
      s0 += da;
      v0 += da * da;
      g0 += fa;
      h0 += fa * fa;
    }
    addComp(cA, a0 + a1);
    addComp(cE, q0 + q1);
    addComp(cD, s0 + s1);
    addComp(cD2, v0 + v1);
    addComp(cF, g0 + g1);
    addComp(cF2, h0 + h1);
  }
  return { sae: total(cA), sse: total(cE), sd: total(cD), sd2: total(cD2), sf: total(cF), sf2: total(cF2) };
}
