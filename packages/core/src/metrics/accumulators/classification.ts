/**
 * The streaming classification accumulator: a pair-count table whose state merges exactly
 * (counts, and Neumaier-compensated weighted sums whose compensation travels in the JSON);
 * `compute()` gives the confusion matrix, accuracy and classification report of one pass.
 */
import { SextantError } from '../../errors';
import { show } from '../../internal/validate';
import type { ClassificationReport } from '../classification-types';
import { checkLabelsOption, compareLabels, countPairs, type LabelKind, type PairCounts } from '../internal/labels';
import { reportFromCounts } from '../internal/prf';
import { Deferred, checkPair, checkWeightValues, optionsOf, weightsOf } from '../internal/validate';
import type { Label } from '../labels';
import { badState } from './comp';

/** Saved state of a classification accumulator (plain JSON). */
export interface ClassificationAccumulatorJSON {
  type: 'sextant.classificationAccumulator';
  version: 1;
  /** The `labels` given at creation (they select and order the result), or null. */
  labels: Label[] | null;
  /** Every class seen so far, in the order of `matrix`'s rows and columns. */
  classes: Label[];
  /** Number of samples. */
  count: number;
  /** Rows = true class, columns = predicted class: (weighted) counts. */
  matrix: number[][];
  /** Neumaier compensation of each cell (weighted data only; absent when all 0). */
  compensation?: number[][];
}

/** What {@link ClassificationAccumulator.compute} returns. */
export interface ClassificationAccumulatorResult {
  labels: Label[];
  /** Same as `confusionMatrix(yTrue, yPred, { labels })` over all the data. */
  matrix: number[][];
  /** Same as `accuracyScore(yTrue, yPred)`. */
  accuracy: number;
  /** Same as `classificationReport(yTrue, yPred, { labels })`. */
  report: ClassificationReport;
}

/** A mergeable confusion-matrix state. */
export interface ClassificationAccumulator {
  /** Add a chunk of (true, predicted) labels, optionally weighted. Returns the accumulator. */
  update(
    yTrue: ArrayLike<Label>,
    yPred: ArrayLike<Label>,
    options?: { sampleWeight?: ArrayLike<number> },
  ): ClassificationAccumulator;
  /** Add another accumulator's state (an accumulator or its JSON). Returns this accumulator. */
  merge(other: ClassificationAccumulator | ClassificationAccumulatorJSON): ClassificationAccumulator;
  /** Number of samples so far. */
  readonly count: number;
  /** `{ labels, matrix, accuracy, report }` of everything seen. */
  compute(): ClassificationAccumulatorResult;
  /** The state as plain JSON. */
  toJSON(): ClassificationAccumulatorJSON;
}

class ClassificationAcc implements ClassificationAccumulator {
  private readonly labels: Label[] | undefined;
  private classes: Label[] = [];
  private index = new Map<Label, number>();
  private kind: LabelKind | undefined;
  private k = 0;
  private sums = new Float64Array(0);
  private comp = new Float64Array(0);
  private n = 0;

  constructor(labels: Label[] | undefined) {
    this.labels = labels;
  }

  get count(): number {
    return this.n;
  }

  /** Index of `label`, adding a row and a column for a new class. */
  private slot(label: Label, where: string): number {
    const at = this.index.get(label);
    if (at !== undefined) return at;
    const kind = typeof label as LabelKind;
    if (this.kind !== undefined && this.kind !== kind) {
      throw new SextantError(
        'INVALID_LABEL',
        `${where}: the label ${show(label)} is a ${kind} but this accumulator holds ${this.kind} labels`,
        {
          argument: where,
          value: label,
        },
      );
    }
    this.kind = kind;
    const k = this.k + 1;
    const sums = new Float64Array(k * k);
    const comp = new Float64Array(k * k);
    for (let i = 0; i < this.k; i++) {
      sums.set(this.sums.subarray(i * this.k, (i + 1) * this.k), i * k);
      comp.set(this.comp.subarray(i * this.k, (i + 1) * this.k), i * k);
    }
    this.sums = sums;
    this.comp = comp;
    this.k = k;
    this.classes.push(label);
    this.index.set(label, k - 1);
    return k - 1;
  }

  private addCell(i: number, j: number, s: number, c: number): void {
    const at = i * this.k + j;
    const a = this.sums[at];
    const t = a + s;
    this.comp[at] += (Math.abs(a) >= Math.abs(s) ? a - t + s : s - t + a) + c;
    this.sums[at] = t;
  }

  private addTable(
    classes: readonly Label[],
    k: number,
    sums: ArrayLike<number>,
    comp: ArrayLike<number> | undefined,
    where: string,
  ): void {
    const map = classes.map((c) => this.slot(c, where));
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < k; b++) {
        const s = sums[a * k + b];
        const c = comp === undefined ? 0 : comp[a * k + b];
        if (s !== 0 || c !== 0) this.addCell(map[a], map[b], s, c);
      }
    }
  }

  update(
    yTrue: ArrayLike<Label>,
    yPred: ArrayLike<Label>,
    options?: { sampleWeight?: ArrayLike<number> },
  ): ClassificationAccumulator {
    const o = optionsOf(options, 'update');
    const n = checkPair(yTrue, 'yTrue', yPred, 'yPred');
    const d = new Deferred();
    const w = weightsOf(o.sampleWeight, n, d);
    const pc: PairCounts = countPairs(yTrue, yPred, w, d, 'yTrue', 'yPred', true);
    checkWeightValues(w);
    d.flush();
    // Validate the kind before changing anything, so that a refused chunk leaves no trace.
    if (this.kind !== undefined && pc.k > 0 && pc.kind !== this.kind) {
      throw new SextantError('INVALID_LABEL', `update: labels are ${pc.kind}s but this accumulator holds ${this.kind} labels`, {
        argument: 'yTrue',
      });
    }
    this.addTable(pc.classes, pc.k, pc.counts, pc.comp, 'yTrue');
    this.n += n;
    return this;
  }

  merge(other: ClassificationAccumulator | ClassificationAccumulatorJSON): ClassificationAccumulator {
    const j = other instanceof ClassificationAcc ? other.toJSON() : readClassificationJSON(other, 'merge');
    if (this.labels !== undefined && j.labels !== null && !sameLabels(this.labels, j.labels)) {
      throw badState('merge', `the accumulators were created with different labels (${show(this.labels)} and ${show(j.labels)})`);
    }
    const kind = j.classes.length > 0 ? (typeof j.classes[0] as LabelKind) : undefined;
    if (this.kind !== undefined && kind !== undefined && kind !== this.kind) {
      throw new SextantError(
        'INVALID_LABEL',
        `merge: the other accumulator holds ${kind} labels but this one holds ${this.kind} labels`,
        { argument: 'other' },
      );
    }
    const k = j.classes.length;
    const sums = new Float64Array(k * k);
    const comp = new Float64Array(k * k);
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < k; b++) {
        sums[a * k + b] = j.matrix[a][b];
        comp[a * k + b] = j.compensation ? j.compensation[a][b] : 0;
      }
    }
    this.addTable(j.classes, k, sums, comp, 'other');
    this.n += j.count;
    return this;
  }

  /** The state as a sorted pair count (compensation folded in). */
  private pairCounts(): PairCounts {
    const order = this.classes.map((_, i) => i).sort((a, b) => compareLabels(this.classes[a], this.classes[b]));
    const k = this.k;
    const counts = new Float64Array(k * k);
    const inTrue = new Uint8Array(k);
    const inPred = new Uint8Array(k);
    for (let a = 0; a < k; a++) {
      for (let b = 0; b < k; b++) {
        const at = order[a] * k + order[b];
        const v = this.sums[at] + this.comp[at];
        counts[a * k + b] = v;
        if (v !== 0) {
          inTrue[a] = 1;
          inPred[b] = 1;
        }
      }
    }
    return { classes: order.map((i) => this.classes[i]), kind: this.kind ?? 'number', k, counts, inTrue, inPred };
  }

  compute(): ClassificationAccumulatorResult {
    if (this.n === 0)
      throw new SextantError('EMPTY_INPUT', 'compute: the accumulator has seen no samples', { argument: 'accumulator' });
    const pc = this.pairCounts();
    const labels = this.labels ?? pc.classes;
    const sel = labels.map((l) => pc.classes.findIndex((c) => c === l));
    const matrix = sel.map((a) => sel.map((b) => (a < 0 || b < 0 ? 0 : pc.counts[a * pc.k + b])));
    let hits = 0;
    let all = 0;
    for (let a = 0; a < pc.k; a++) {
      hits += pc.counts[a * pc.k + a];
      for (let b = 0; b < pc.k; b++) all += pc.counts[a * pc.k + b];
    }
    return { labels: labels.slice(), matrix, accuracy: hits / all, report: reportFromCounts(pc, this.labels, undefined, 0) };
  }

  toJSON(): ClassificationAccumulatorJSON {
    const k = this.k;
    const rows = (a: Float64Array): number[][] => Array.from({ length: k }, (_, i) => Array.from(a.subarray(i * k, i * k + k)));
    const out: ClassificationAccumulatorJSON = {
      type: 'sextant.classificationAccumulator',
      version: 1,
      labels: this.labels === undefined ? null : this.labels.slice(),
      classes: this.classes.slice(),
      count: this.n,
      matrix: rows(this.sums),
    };
    if (this.comp.some((c) => c !== 0)) out.compensation = rows(this.comp);
    return out;
  }
}

function sameLabels(a: readonly Label[], b: readonly Label[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function readClassificationJSON(json: unknown, what: string): ClassificationAccumulatorJSON {
  if (json === null || typeof json !== 'object')
    throw badState(what, `expected a classification accumulator or its JSON, got ${show(json)}`);
  const j = json as Partial<ClassificationAccumulatorJSON>;
  if (j.type !== 'sextant.classificationAccumulator' || j.version !== 1)
    throw badState(what, 'not a classification accumulator state (type/version)');
  const isLabel = (x: unknown): boolean =>
    typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x));
  if (!Array.isArray(j.classes) || !j.classes.every(isLabel)) throw badState(what, '`classes` must be an array of labels');
  if (new Set(j.classes).size !== j.classes.length) throw badState(what, '`classes` has duplicates');
  if (j.labels !== null && (!Array.isArray(j.labels) || !j.labels.every(isLabel)))
    throw badState(what, '`labels` must be null or an array of labels');
  if (typeof j.count !== 'number' || !Number.isInteger(j.count) || j.count < 0)
    throw badState(what, '`count` must be a non-negative integer');
  const k = j.classes.length;
  const square = (m: unknown): boolean =>
    Array.isArray(m) &&
    m.length === k &&
    m.every((r) => Array.isArray(r) && r.length === k && r.every((x) => typeof x === 'number' && Number.isFinite(x)));
  if (!square(j.matrix)) throw badState(what, `\`matrix\` must be ${k}×${k} finite numbers`);
  if (j.compensation !== undefined && !square(j.compensation))
    throw badState(what, `\`compensation\` must be ${k}×${k} finite numbers`);
  return j as ClassificationAccumulatorJSON;
}

/**
 * A mergeable confusion-matrix accumulator. `compute()` gives `{ labels, matrix, accuracy,
 * report }`, equal to `confusionMatrix`, `accuracyScore` and `classificationReport` over
 * all the data seen (through `update` and `merge`), in any order.
 *
 * @param options.labels Labels selecting and ordering the result (other classes still count in the precision denominators, as in `classificationReport({ labels })`). @default every class seen, sorted
 * @example
 * ```ts
 * const a = createClassificationAccumulator().update(['cat', 'dog'], ['cat', 'cat']);
 * const b = createClassificationAccumulator().update(['dog'], ['dog']);
 * a.merge(classificationAccumulatorFromJSON(b.toJSON())).compute().matrix; // [[1, 0], [1, 1]]
 * ```
 */
export function createClassificationAccumulator(options?: { labels?: ArrayLike<Label> }): ClassificationAccumulator {
  const o = optionsOf(options, 'createClassificationAccumulator');
  return new ClassificationAcc(checkLabelsOption(o.labels));
}

/**
 * Restore a classification accumulator from its `toJSON()` state (`INVALID_STATE` when the
 * object is not one).
 *
 * @example
 * ```ts
 * const saved = JSON.stringify(createClassificationAccumulator().update([1, 0], [1, 1]).toJSON());
 * classificationAccumulatorFromJSON(JSON.parse(saved)).compute().accuracy; // 0.5
 * ```
 */
export function classificationAccumulatorFromJSON(json: ClassificationAccumulatorJSON): ClassificationAccumulator {
  const j = readClassificationJSON(json, 'classificationAccumulatorFromJSON');
  const kinds = new Set(j.classes.map((c) => typeof c));
  if (kinds.size > 1) throw badState('classificationAccumulatorFromJSON', '`classes` mixes label kinds');
  const acc = new ClassificationAcc(j.labels === null ? undefined : j.labels.slice());
  return acc.merge(j);
}
