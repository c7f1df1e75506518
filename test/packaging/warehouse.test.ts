/**
 * Metrics at warehouse scale (examples/warehouse): DuckDB's GROUP BY counts and one-scan sums,
 * turned into accumulators by core, give the report that every row moved into JS gives; and
 * worker_threads partitions merged by the accumulators equal one pass.
 */
import { describe, expect, it } from 'vitest';
// @ts-expect-error — plain .mjs example modules without declarations
import { createPredictions, metricsInDatabase, metricsInJs, openDatabase } from '../../examples/warehouse/warehouse.mjs';
// @ts-expect-error — plain .mjs example module without declarations
import { countInWorkers, countPartition } from '../../examples/warehouse/workers.mjs';
import { classificationAccumulatorFromJSON, regressionAccumulatorFromJSON } from '@sextant/core/metrics';

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe('metrics at warehouse scale', () => {
  it('DuckDB GROUP BY + sums → accumulators = every row counted in JS', async () => {
    const conn = await openDatabase();
    await createPredictions(conn, 50_000);
    const db = await metricsInDatabase(conn);
    const js = await metricsInJs(conn, 7_919);
    expect(db.classification).toEqual(js.classification);
    expect(db.classification.matrix.flat().reduce((a: number, b: number) => a + b, 0)).toBe(50_000);
    for (const k of ['meanAbsoluteError', 'meanSquaredError', 'rootMeanSquaredError', 'r2Score', 'explainedVarianceScore']) {
      expect(close(db.regression[k], js.regression[k]), k).toBe(true);
    }
    expect(db.regression.count).toBe(50_000);
    conn.closeSync();
  });

  it('worker_threads partitions merged by the accumulators = one pass', async () => {
    const n = 120_001;
    const one = countPartition(0, n);
    const merged = await countInWorkers(n, 3);
    const single = classificationAccumulatorFromJSON(one.classification).compute();
    expect(merged.classification).toEqual(single);
    const r = regressionAccumulatorFromJSON(one.regression).compute();
    for (const k of ['meanAbsoluteError', 'meanSquaredError', 'r2Score', 'explainedVarianceScore'] as const) {
      expect(close(merged.regression[k], r[k] as number), k).toBe(true);
    }
  });
});
