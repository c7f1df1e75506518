// Run by memory.test.ts as `node --max-old-space-size=256 memory-check.mjs <dist/index.js>`:
// 1e7-sample confusion matrix, macro P/R/F1, regression trio and quantiles through the
// built package, with a 256 MB old-space heap. Prints one JSON line: the results, the same
// figures from plain reference loops, and the largest heapUsed seen.
const dist = process.argv[2];
const sx = await import(dist);
const n = 10_000_000;
let peak = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage().heapUsed));

// Labels 0..9, 70% correct, deterministic.
const t = new Int32Array(n);
const p = new Int32Array(n);
let x = 12345;
for (let i = 0; i < n; i++) {
  x = (48271 * x) % 2147483647;
  t[i] = x % 10;
  p[i] = x % 100 < 70 ? t[i] : (x >> 7) % 10;
}
const ref = new Float64Array(100);
for (let i = 0; i < n; i++) ref[t[i] * 10 + p[i]]++;
sample();
const cm = sx.confusionMatrix(t, p);
sample();
const prf = sx.precisionRecallFscoreSupport(t, p, { average: 'macro' });
sample();
const cmF = sx.confusionMatrix(Float64Array.from(t), Float64Array.from(p));
sample();

const yt = new Float64Array(n);
const yp = new Float64Array(n);
for (let i = 0; i < n; i++) {
  x = (48271 * x) % 2147483647;
  yt[i] = 50 + (x % 2000) / 100;
  yp[i] = yt[i] + ((x >> 11) % 600) / 100 - 3;
}
let se = 0;
let ae = 0;
let st = 0;
for (let i = 0; i < n; i++) {
  const e = yt[i] - yp[i];
  se += e * e;
  ae += Math.abs(e);
  st += yt[i];
}
const mean = st / n;
let sst = 0;
for (let i = 0; i < n; i++) sst += (yt[i] - mean) ** 2;
sample();
const mse = sx.meanSquaredError(yt, yp);
sample();
const mae = sx.meanAbsoluteError(yt, yp);
sample();
const r2 = sx.r2Score(yt, yp);
sample();
const q = sx.quantile(yt, [0.5, 0.99]);
sample();

console.log(
  JSON.stringify({
    matrix: cm.matrix.flat(),
    matrixF: cmF.matrix.flat(),
    reference: Array.from(ref),
    prf: [prf.precision, prf.recall, prf.fbetaScore],
    regression: [mse, mae, r2],
    regressionReference: [se / n, ae / n, 1 - se / sst],
    quantiles: q,
    peakHeapUsedMB: peak / 2 ** 20,
  }),
);
