// worker_threads partitions merged by the accumulators: each worker counts its share of the
// rows and sends back its accumulator's JSON state; merged, they equal one pass over all rows
// (counts exactly, sums to rounding).
//
//   node workers.mjs [rows] [workers]     (default 1e7 rows, 2 workers)
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import {
  classificationAccumulatorFromJSON,
  createClassificationAccumulator,
  createRegressionAccumulator,
  regressionAccumulatorFromJSON,
} from '@sextant/core/metrics';

/** Deterministic demo rows for [start, end): labels 0–4, an amount and its prediction. */
export function makeRows(start, end) {
  const n = end - start;
  const yTrue = new Int32Array(n);
  const yPred = new Int32Array(n);
  const y = new Float64Array(n);
  const p = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const i = start + k;
    const h1 = Math.imul(i ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
    const h2 = Math.imul(i ^ 0xc2b2ae35, 0x27d4eb2f) >>> 0;
    yTrue[k] = h1 % 5;
    yPred[k] = h2 % 10 < 8 ? yTrue[k] : (h2 >>> 8) % 5;
    y[k] = (h1 % 100000) / 100;
    p[k] = y[k] + ((h2 % 2001) - 1000) / 100;
  }
  return { yTrue, yPred, y, p };
}

/** One partition's accumulator states. */
export function countPartition(start, end) {
  const { yTrue, yPred, y, p } = makeRows(start, end);
  const cls = createClassificationAccumulator({ labels: [0, 1, 2, 3, 4] }).update(yTrue, yPred);
  const reg = createRegressionAccumulator().update(y, p);
  return { classification: cls.toJSON(), regression: reg.toJSON() };
}

/** Split [0, n) into `w` partitions, count each in a worker, merge the states. */
export async function countInWorkers(n, w) {
  const bounds = Array.from({ length: w + 1 }, (_, k) => Math.round((n * k) / w));
  const parts = await Promise.all(
    bounds.slice(0, -1).map(
      (start, k) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: { start, end: bounds[k + 1] } });
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    ),
  );
  const cls = classificationAccumulatorFromJSON(parts[0].classification);
  const reg = regressionAccumulatorFromJSON(parts[0].regression);
  for (const part of parts.slice(1)) {
    cls.merge(part.classification);
    reg.merge(part.regression);
  }
  return { classification: cls.compute(), regression: reg.compute() };
}

if (!isMainThread && workerData) {
  parentPort.postMessage(countPartition(workerData.start, workerData.end));
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 1e7);
  const w = Number(process.argv[3] ?? 2);
  let t = performance.now();
  const one = countPartition(0, n);
  const oneSecs = (performance.now() - t) / 1000;
  t = performance.now();
  const merged = await countInWorkers(n, w);
  const wSecs = (performance.now() - t) / 1000;
  const single = {
    classification: classificationAccumulatorFromJSON(one.classification).compute(),
    regression: regressionAccumulatorFromJSON(one.regression).compute(),
  };
  console.log(
    `one thread: ${(n / oneSecs / 1e6).toFixed(1)} M rows/s; ${w} workers: ${(n / wSecs / 1e6).toFixed(1)} M rows/s (rows made and counted)`,
  );
  console.log(
    `same matrix: ${JSON.stringify(single.classification.matrix) === JSON.stringify(merged.classification.matrix)}; R² ${single.regression.r2Score} vs ${merged.regression.r2Score}`,
  );
}
