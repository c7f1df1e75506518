/**
 * Issue 15 item 5: the classification accumulator with many classes. 2,000 string classes
 * over 200,000 samples, against `confusionMatrix` on the same data (the one-shot count is
 * the floor: one pass and one K×K table). Before the fix `update` took 27.7 s and
 * `fromJSON` 14.7 s here (a K×K copy per new class, cubic in K); the target is the same
 * order as `confusionMatrix` (linear in the data, at most quadratic in classes).
 */
import {
  classificationAccumulatorFromJSON,
  confusionMatrix,
  createClassificationAccumulator,
  type ClassificationAccumulatorJSON,
} from '@sextant/core';
import { bench, describe } from 'vitest';

function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296;
}

const K = 2000;
const N = 200_000;
const names = Array.from({ length: K }, (_, i) => `class-${i}`);
const r = lcg(15);
const yTrue = new Array<string>(N);
const yPred = new Array<string>(N);
for (let i = 0; i < N; i++) {
  const c = Math.floor(r() * K);
  yTrue[i] = names[c];
  // 70 % right, else a random class: every class appears in both columns.
  yPred[i] = r() < 0.7 ? names[c] : names[Math.floor(r() * K)];
}
const saved: ClassificationAccumulatorJSON = JSON.parse(
  JSON.stringify(createClassificationAccumulator().update(yTrue, yPred).toJSON()),
) as ClassificationAccumulatorJSON;
const quarter = N / 4;
const parts = [0, 1, 2, 3].map((q) =>
  createClassificationAccumulator()
    .update(yTrue.slice(q * quarter, (q + 1) * quarter), yPred.slice(q * quarter, (q + 1) * quarter))
    .toJSON(),
);

// Each case takes ~0.1–2 s: a few iterations are enough to read the ratio.
const few = { iterations: 5, warmupIterations: 1, time: 0, warmupTime: 0 };

describe(`classification accumulator, ${K} classes × ${N} samples`, () => {
  bench(
    'confusionMatrix (one-shot floor)',
    () => {
      confusionMatrix(yTrue, yPred);
    },
    few,
  );
  bench(
    'createClassificationAccumulator().update',
    () => {
      createClassificationAccumulator().update(yTrue, yPred);
    },
    few,
  );
  bench(
    'update in 20 chunks of 10,000',
    () => {
      const acc = createClassificationAccumulator();
      for (let i = 0; i < N; i += 10_000) acc.update(yTrue.slice(i, i + 10_000), yPred.slice(i, i + 10_000));
    },
    few,
  );
  bench(
    'classificationAccumulatorFromJSON',
    () => {
      classificationAccumulatorFromJSON(saved);
    },
    few,
  );
  bench(
    'merge of 4 saved states',
    () => {
      const acc = createClassificationAccumulator();
      for (const p of parts) acc.merge(p);
    },
    few,
  );
});
