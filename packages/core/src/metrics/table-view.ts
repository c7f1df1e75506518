import { SextantError } from '../errors';
import { isArrayLike, show } from '../internal/validate';

/** Which way a metric improves. */
export type MetricDirection = 'higher' | 'lower';

/** A metric column of a comparison table. */
export interface MetricColumnSpec {
  id: string;
  /** `'lower'` for losses, latency, cost; `'higher'` for accuracy, F1, AUC. */
  direction: MetricDirection;
}

/** The best value of each metric column and the rows that reach it. */
export interface MetricBest {
  id: string;
  /** null when no row has a finite value in this column. */
  value: number | null;
  /** Indices of the rows holding the best value (ties: all of them), ascending. */
  rows: number[];
}

/**
 * The best value per metric of an experiment comparison, direction-aware (lower is better
 * for loss and latency), ignoring missing values (null, undefined, NaN). Rows are looked up
 * by own property only, so a column named `__proto__` or `constructor` reads the row's data,
 * never its prototype.
 *
 * @param rows one object per experiment / model version
 * @param columns the metric columns and their directions
 * @example
 * ```ts
 * const best = bestMetricValues(
 *   [{ f1: 0.91, p95: 120 }, { f1: 0.93, p95: 180 }, { f1: 0.93, p95: null }],
 *   [{ id: 'f1', direction: 'higher' }, { id: 'p95', direction: 'lower' }],
 * );
 * best[0]; // { id: 'f1', value: 0.93, rows: [1, 2] }
 * best[1]; // { id: 'p95', value: 120, rows: [0] }
 * ```
 */
export function bestMetricValues(
  rows: ArrayLike<Readonly<Record<string, unknown>>>,
  columns: ArrayLike<MetricColumnSpec>,
): MetricBest[] {
  if (!isArrayLike(rows))
    throw new SextantError('INVALID_OPTION', `rows must be an array; got ${show(rows)}`, { argument: 'rows' });
  if (!isArrayLike(columns)) {
    throw new SextantError('INVALID_OPTION', `columns must be an array; got ${show(columns)}`, { argument: 'columns' });
  }
  const out: MetricBest[] = [];
  for (let c = 0; c < columns.length; c++) {
    const col = columns[c] as MetricColumnSpec | undefined;
    if (!col || typeof col.id !== 'string' || (col.direction !== 'higher' && col.direction !== 'lower')) {
      throw new SextantError(
        'INVALID_OPTION',
        `columns[${c}] must be { id: string, direction: 'higher' | 'lower' }; got ${show(col)}`,
        {
          argument: `columns[${c}]`,
          index: c,
        },
      );
    }
    const sign = col.direction === 'higher' ? 1 : -1;
    let best: number | null = null;
    let at: number[] = [];
    for (let r = 0; r < rows.length; r++) {
      const v = cellNumber(rows[r], col.id, r);
      if (v === null) continue;
      if (best === null || sign * (v - best) > 0) {
        best = v;
        at = [r];
      } else if (v === best) at.push(r);
    }
    out.push({ id: col.id, value: best, rows: at });
  }
  return out;
}

function cellNumber(row: unknown, id: string, r: number): number | null {
  if (row === null || typeof row !== 'object') {
    throw new SextantError('INVALID_VALUE', `rows[${r}] must be an object; got ${show(row)}`, { argument: 'rows', index: r });
  }
  if (!Object.prototype.hasOwnProperty.call(row, id)) return null;
  const v = (row as Record<string, unknown>)[id];
  if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) return null;
  if (typeof v !== 'number' || !Number.isFinite(v)) {
    throw new SextantError('NON_FINITE', `rows[${r}].${id} must be a finite number or missing; got ${show(v)}`, {
      argument: `rows[${r}].${id}`,
      index: r,
      value: v,
    });
  }
  return v;
}

/**
 * Rows as CSV (RFC 4180: comma-separated, CRLF line ends, fields with a comma, quote or line
 * break quoted and quotes doubled). Numbers are written in full precision, missing values
 * as empty fields. A text field starting with `=`, `+`, `-`, `@`, tab or carriage return is
 * prefixed with `'` so spreadsheets do not run it as a formula (OWASP's CSV injection rule).
 *
 * @param rows one object per line; values are read by own property only
 * @param columns `{ id, header }` per field, in order
 * @example
 * ```ts
 * const columns = [{ id: 'run', header: 'Run' }, { id: 'f1', header: 'F1' }];
 * toCsv([{ run: 'a,1', f1: 0.9 }, { run: '=HYPERLINK()', f1: null }], columns); // 'Run,F1\r\n"a,1",0.9\r\n\'=HYPERLINK(),\r\n'
 * ```
 */
export function toCsv(
  rows: ArrayLike<Readonly<Record<string, unknown>>>,
  columns: ArrayLike<{ id: string; header: string }>,
): string {
  if (!isArrayLike(rows))
    throw new SextantError('INVALID_OPTION', `rows must be an array; got ${show(rows)}`, { argument: 'rows' });
  if (!isArrayLike(columns)) {
    throw new SextantError('INVALID_OPTION', `columns must be an array; got ${show(columns)}`, { argument: 'columns' });
  }
  // Checked one by one, so a made-up length or a hole is refused where it starts.
  const cols: { id: string; header: string }[] = [];
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i] as unknown;
    if (c === null || typeof c !== 'object' || typeof (c as { id?: unknown }).id !== 'string') {
      throw new SextantError('INVALID_VALUE', `columns[${i}] must be an object with a string id; got ${show(c)}`, {
        argument: 'columns',
        index: i,
      });
    }
    cols.push(c as { id: string; header: string });
  }
  const lines: string[] = [cols.map((c) => field(c.header)).join(',')];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r] as unknown;
    if (row === null || typeof row !== 'object') {
      throw new SextantError('INVALID_VALUE', `rows[${r}] must be an object; got ${show(row)}`, { argument: 'rows', index: r });
    }
    lines.push(
      cols
        .map((c) => (Object.prototype.hasOwnProperty.call(row, c.id) ? field((row as Record<string, unknown>)[c.id]) : ''))
        .join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

function field(v: unknown): string {
  if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  let s = String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
