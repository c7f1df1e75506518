// Metrics at warehouse scale: the predictions stay in the database; DuckDB counts them with
// one GROUP BY (classification) and one scan of shifted sums (regression); core's
// accumulators take those few rows and give the same report the rows themselves would.
//
//   node warehouse.mjs [rows]        (default 1e8; prints rows/s for SQL and for moving rows into JS)
import { DuckDBInstance } from '@duckdb/node-api';
import {
  classificationAccumulatorFromCounts,
  createClassificationAccumulator,
  createRegressionAccumulator,
  regressionAccumulatorFromSums,
} from '@sextant/core/metrics';

const CLASSES = ['approve', 'review', 'decline', 'fraud', 'chargeback'];

/** A predictions table of `n` rows, deterministic (hash of the row number), made inside DuckDB. */
export async function createPredictions(conn, n) {
  await conn.run(`
    CREATE OR REPLACE TABLE predictions AS
    WITH r AS (SELECT i, hash(i) AS h1, hash(i * 7 + 3) AS h2, hash(i * 13 + 5) AS h3 FROM range(${n}) t(i))
    SELECT
      i,
      (h1 % 5)::INTEGER AS y_true,
      CASE WHEN h2 % 10 < 8 THEN (h1 % 5)::INTEGER ELSE (h3 % 5)::INTEGER END AS y_pred,
      ((h1 % 100000) / 100.0)::DOUBLE AS amount,
      ((h1 % 100000) / 100.0 + ((h2 % 2001)::DOUBLE - 1000) / 100.0)::DOUBLE AS amount_pred
    FROM r`);
}

/** The confusion matrix counted in the database: one row per (true, predicted) pair. */
export const CLASSIFICATION_SQL = `
  SELECT y_true AS "yTrue", y_pred AS "yPred", count(*) AS "count"
  FROM predictions GROUP BY ALL`;

/**
 * The regression sums in one scan. Each series is shifted by a value near its mean (here a
 * value of the data: any one row's) so Σ(x − shift)² does not cancel; DuckDB's sum() of
 * DOUBLE is compensated (Kahan), like core's own sums.
 */
export const REGRESSION_SQL = `
  WITH s AS (SELECT amount AS ys, amount - amount_pred AS es FROM predictions LIMIT 1)
  SELECT count(*) AS count,
         sum(abs(amount - amount_pred)) AS "sumAbsError",
         sum((amount - amount_pred) ^ 2) AS "sumSquaredError",
         any_value(ys) AS ys, sum(amount - ys) AS ysum, sum((amount - ys) ^ 2) AS ysq, min(amount) AS ymin, max(amount) AS ymax,
         any_value(es) AS es, sum(amount - amount_pred - es) AS esum, sum((amount - amount_pred - es) ^ 2) AS esq,
         min(amount - amount_pred) AS emin, max(amount - amount_pred) AS emax
  FROM predictions, s`;

/** Counting in the database: classification and regression accumulators from its results. */
export async function metricsInDatabase(conn) {
  const counts = (await conn.runAndReadAll(CLASSIFICATION_SQL)).getRowObjectsJS();
  const rows = counts.map((r) => ({ yTrue: CLASSES[r.yTrue], yPred: CLASSES[r.yPred], count: r.count }));
  const s = (await conn.runAndReadAll(REGRESSION_SQL)).getRowObjectsJS()[0];
  const sums = {
    count: s.count,
    sumAbsError: s.sumAbsError,
    sumSquaredError: s.sumSquaredError,
    yTrue: { shift: s.ys, sum: s.ysum, sumSquares: s.ysq, min: s.ymin, max: s.ymax },
    error: { shift: s.es, sum: s.esum, sumSquares: s.esq, min: s.emin, max: s.emax },
  };
  return {
    classification: classificationAccumulatorFromCounts(rows, { labels: CLASSES }).compute(),
    regression: regressionAccumulatorFromSums(sums).compute(),
  };
}

/** The same metrics with every row moved into JS, in chunks, through the accumulators. */
export async function metricsInJs(conn, chunk = 1_000_000) {
  const cls = createClassificationAccumulator({ labels: CLASSES });
  const reg = createRegressionAccumulator();
  const reader = await conn.runAndReadAll('SELECT y_true, y_pred, amount, amount_pred FROM predictions ORDER BY i');
  const cols = reader.getColumnsJS();
  const n = cols[0].length;
  for (let at = 0; at < n; at += chunk) {
    const end = Math.min(n, at + chunk);
    const yTrue = cols[0].slice(at, end).map((c) => CLASSES[c]);
    const yPred = cols[1].slice(at, end).map((c) => CLASSES[c]);
    cls.update(yTrue, yPred);
    reg.update(Float64Array.from(cols[2].slice(at, end)), Float64Array.from(cols[3].slice(at, end)));
  }
  return { classification: cls.compute(), regression: reg.compute() };
}

/** An in-memory DuckDB connection. */
export async function openDatabase() {
  const instance = await DuckDBInstance.create(':memory:');
  return instance.connect();
}

async function main() {
  const n = Number(process.argv[2] ?? 1e8);
  const conn = await openDatabase();
  let t = performance.now();
  await createPredictions(conn, n);
  console.log(`made ${n.toExponential(0)} rows in DuckDB in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  t = performance.now();
  const db = await metricsInDatabase(conn);
  const sqlSecs = (performance.now() - t) / 1000;
  console.log(`GROUP BY + sums in DuckDB: ${sqlSecs.toFixed(2)} s → ${(n / sqlSecs / 1e6).toFixed(0)} M rows/s`);
  console.log(
    `accuracy ${db.classification.accuracy.toFixed(6)}, fraud recall ${db.classification.report.fraud.recall.toFixed(6)}, MAE ${db.regression.meanAbsoluteError.toFixed(6)}, R² ${db.regression.r2Score.toFixed(9)}`,
  );
  // Moving every row into JS is what the warehouse path avoids; measure it on at most 1e7 rows.
  const m = Math.min(n, 1e7);
  if (m < n) await createPredictions(conn, m);
  t = performance.now();
  const js = await metricsInJs(conn);
  const jsSecs = (performance.now() - t) / 1000;
  console.log(
    `rows moved into JS and counted there: ${jsSecs.toFixed(2)} s for ${m.toExponential(0)} → ${(m / jsSecs / 1e6).toFixed(1)} M rows/s`,
  );
  if (m === n) console.log(`same accuracy both ways: ${js.classification.accuracy === db.classification.accuracy}`);
  conn.closeSync?.();
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
