/**
 * The streaming classification accumulator: a pair-count table whose state merges exactly
 * (counts, and Neumaier-compensated weighted sums whose compensation travels in the JSON);
 * `compute()` gives the confusion matrix, accuracy and classification report of one pass.
 *
 * Cost: the table grows by capacity doubling, so `update` is linear in the data plus
 * amortised O(K²) for K classes, `merge` and `fromJSON` O(K²) — never cubic. Every refusal
 * (a bad chunk, a lying state, a class too many) is found before anything changes: a
 * refused `update` or `merge` leaves the accumulator exactly as it was.
 */
import { SextantError } from '../../errors';
import { show } from '../../internal/validate';
import type { ClassificationReport } from '../classification-types';
import {
  MAX_CLASSES,
  checkLabelsOption,
  compareLabels,
  countPairs,
  encodeLabels,
  tooManyClasses,
  type LabelKind,
  type PairCounts,
} from '../internal/labels';
import { reportFromCounts, selectLabels } from '../internal/prf';
import { Deferred, checkPair, checkWeightValues, invalidLabel, optionsOf, weightsOf } from '../internal/validate';
import type { Label } from '../labels';
import { badState, isRecord, own } from './comp';

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
  /**
   * `true` once weighted data were added: cells are then weight sums (any finite value ≥ 0).
   * Absent for counts: every cell is then an integer and they add up to `count`.
   */
  weighted?: true;
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
  /** Same as `classificationReport(yTrue, yPred, { labels, targetNames })`: a null-prototype object. */
  report: ClassificationReport;
}

/** A mergeable confusion-matrix state. */
export interface ClassificationAccumulator {
  /**
   * Add a chunk of (true, predicted) labels, optionally weighted. Returns the accumulator.
   * A refused chunk changes nothing.
   */
  update(
    yTrue: ArrayLike<Label>,
    yPred: ArrayLike<Label>,
    options?: { sampleWeight?: ArrayLike<number> },
  ): ClassificationAccumulator;
  /**
   * Add another accumulator's state (an accumulator or its JSON). Returns this accumulator.
   * A refused state changes nothing.
   */
  merge(other: ClassificationAccumulator | ClassificationAccumulatorJSON): ClassificationAccumulator;
  /** Number of samples so far. */
  readonly count: number;
  /**
   * `{ labels, matrix, accuracy, report }` of everything seen.
   *
   * @param options.targetNames Row names of the report, one per label (as `classificationReport`'s).
   */
  compute(options?: { targetNames?: readonly string[] }): ClassificationAccumulatorResult;
  /** The state as plain JSON. */
  toJSON(): ClassificationAccumulatorJSON;
}

/** A pair-count table about to be added: rows and columns in `classes` order, `stride` apart. */
interface Table {
  classes: readonly Label[];
  kind: LabelKind | undefined;
  k: number;
  stride: number;
  sums: Float64Array;
  comp: Float64Array | undefined;
  count: number;
  weighted: boolean;
}

const kindOf = (l: Label): LabelKind => typeof l as LabelKind;

/**
 * Can data of `kind` be scored against `labels`? As the one-shot functions match them:
 * the same kind, or boolean data with labels among 0 and 1 ("1 means true").
 */
function fitsLabels(labels: readonly Label[], kind: LabelKind): boolean {
  const lk = kindOf(labels[0]);
  return lk === kind || (kind === 'boolean' && labels.every((l) => l === 0 || l === 1));
}

/** The kind of `labels`; mixed kinds are refused by `refuse(index)`. */
function oneKind(labels: readonly Label[], refuse: (i: number) => never): LabelKind | undefined {
  if (labels.length === 0) return undefined;
  const kind = kindOf(labels[0]);
  for (let i = 1; i < labels.length; i++) if (kindOf(labels[i]) !== kind) refuse(i);
  return kind;
}

class ClassificationAcc implements ClassificationAccumulator {
  private readonly labels: Label[] | undefined;
  private classes: Label[] = [];
  private index = new Map<Label, number>();
  private kind: LabelKind | undefined;
  private k = 0;
  /** Row stride of `sums`/`comp`: their capacity in classes (≥ k, doubled as classes arrive). */
  private cap = 0;
  private sums: Float64Array = new Float64Array(0);
  /** Allocated on the first non-zero compensation (weighted data only). */
  private comp: Float64Array | undefined = undefined;
  private n = 0;
  private weighted = false;
  /** Σ of every cell (≥ 0): while total + a chunk's weight is finite, no cell can overflow. */
  private total = 0;

  constructor(labels: Label[] | undefined) {
    this.labels = labels;
  }

  get count(): number {
    return this.n;
  }

  /** Room for `need` classes: capacity doubling, so K classes cost O(K²) copies in all. */
  private reserve(need: number): void {
    if (need <= this.cap) return;
    const cap = Math.min(MAX_CLASSES, Math.max(need, 2 * this.cap, 8));
    const widen = (a: Float64Array): Float64Array => {
      const b = new Float64Array(cap * cap);
      for (let i = 0; i < this.k; i++) b.set(a.subarray(i * this.cap, i * this.cap + this.k), i * cap);
      return b;
    };
    this.sums = widen(this.sums);
    if (this.comp !== undefined) this.comp = widen(this.comp);
    this.cap = cap;
  }

  /**
   * Check `t` against this state (label kind, the creation labels, the class cap, the
   * count, overflowing cells) and return where its classes go; throws before any change.
   */
  private plan(t: Table, what: string, argument: string): Int32Array {
    if (t.kind !== undefined) this.checkKind(t.kind, what, argument);
    const map = new Int32Array(t.k);
    let next = this.k;
    for (let a = 0; a < t.k; a++) {
      const at = this.index.get(t.classes[a]);
      map[a] = at === undefined ? next++ : at;
    }
    if (next > MAX_CLASSES) throw tooManyClasses(argument, next);
    if (this.n + t.count > Number.MAX_SAFE_INTEGER) {
      throw new SextantError('INVALID_VALUE', `${what}: the sample count would pass 2^53 − 1 and stop being exact`, { argument });
    }
    // A weighted cell that would overflow is refused now, not stored as Infinity.
    if (t.weighted || this.weighted) {
      for (let a = 0; a < t.k; a++) {
        for (let b = 0; b < t.k; b++) {
          const s = t.sums[a * t.stride + b];
          if (s === 0 || map[a] >= this.k || map[b] >= this.k) continue;
          if (!Number.isFinite(this.sums[map[a] * this.cap + map[b]] + s)) {
            throw new SextantError(
              'INVALID_VALUE',
              `${what}: the weight sum of (${show(t.classes[a])}, ${show(t.classes[b])}) overflows double precision`,
              { argument },
            );
          }
        }
      }
    }
    return map;
  }

  /** Labels of `kind` must match this state's kind and the creation labels (INVALID_LABEL). */
  private checkKind(kind: LabelKind, what: string, argument: string): void {
    if (this.kind !== undefined && this.kind !== kind) {
      throw new SextantError(
        'INVALID_LABEL',
        `${what}: ${argument} holds ${kind} labels but this accumulator holds ${this.kind} labels`,
        {
          argument,
        },
      );
    }
    if (this.labels !== undefined && !fitsLabels(this.labels, kind)) {
      throw new SextantError(
        'INVALID_LABEL',
        `${what}: ${argument} holds ${kind} labels but this accumulator was created with labels ${show(this.labels)}`,
        { argument },
      );
    }
  }

  /** Add `t` (already checked by {@link plan}). */
  private commit(t: Table, map: Int32Array): void {
    for (let a = 0; a < t.k; a++) {
      // New classes were numbered this.k, this.k + 1, … in the order met.
      if (map[a] === this.classes.length) {
        this.index.set(t.classes[a], map[a]);
        this.classes.push(t.classes[a]);
      }
    }
    this.reserve(this.classes.length);
    this.k = this.classes.length;
    const cap = this.cap;
    for (let a = 0; a < t.k; a++) {
      const row = map[a] * cap;
      for (let b = 0; b < t.k; b++) {
        const s = t.sums[a * t.stride + b];
        const c = t.comp === undefined ? 0 : t.comp[a * t.stride + b];
        if (s === 0 && c === 0) continue;
        const at = row + map[b];
        const x = this.sums[at];
        const sum = x + s;
        this.total += s + c;
        const err = (Math.abs(x) >= Math.abs(s) ? x - sum + s : s - sum + x) + c;
        this.sums[at] = sum;
        if (err !== 0) {
          this.comp ??= new Float64Array(cap * cap);
          this.comp[at] += err;
        }
      }
    }
    if (t.kind !== undefined) this.kind = t.kind;
    this.n += t.count;
    if (t.weighted) this.weighted = true;
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
    // A weight that is not a number is refused as such, not as weights that "sum to 0" (the
    // checked prefix before it may well be all zeros, or empty).
    const weightsRefused = d.error !== undefined;
    // Validate and code each side (O(n + K log K)), counting nothing yet.
    const et = encodeLabels(yTrue, 'yTrue', d);
    const ep = encodeLabels(yPred, 'yPred', d);
    if (et.kind !== ep.kind)
      d.note(invalidLabel('yPred', `yPred holds ${ep.kind}s but yTrue holds ${et.kind}s; labels must all be of one kind`));
    if (!weightsRefused) checkWeightValues(w);
    d.flush();
    this.checkKind(et.kind, 'update', 'yTrue');
    let weight = n;
    if (w !== undefined) {
      weight = 0;
      for (let i = 0; i < n; i++) weight += w[i];
    }
    if (!Number.isFinite(this.total + weight)) {
      // A cell might overflow: the dense path checks each cell before changing anything.
      const pc: PairCounts = countPairs(yTrue, yPred, w, d, 'yTrue', 'yPred', true);
      const t: Table = {
        classes: pc.classes,
        kind: pc.kind,
        k: pc.k,
        stride: pc.k,
        sums: pc.counts,
        comp: pc.comp,
        count: n,
        weighted: w !== undefined,
      };
      this.commit(t, this.plan(t, 'update', 'yTrue'));
      return this;
    }
    // Where each side's classes go: existing rows, or new ones numbered from k in the order met.
    const added: Label[] = [];
    const fresh = new Map<Label, number>();
    const place = (classes: readonly Label[]): Int32Array => {
      const m = new Int32Array(classes.length);
      for (let c = 0; c < classes.length; c++) {
        const l = classes[c];
        let at = this.index.get(l) ?? fresh.get(l);
        if (at === undefined) {
          at = this.k + added.push(l) - 1;
          fresh.set(l, at);
        }
        m[c] = at;
      }
      return m;
    };
    const mt = place(et.classes);
    const mp = place(ep.classes);
    if (this.k + added.length > MAX_CLASSES) throw tooManyClasses('yTrue', this.k + added.length);
    if (this.n + n > Number.MAX_SAFE_INTEGER) {
      throw new SextantError('INVALID_VALUE', 'update: the sample count would pass 2^53 − 1 and stop being exact', {
        argument: 'yTrue',
      });
    }
    // Commit: nothing below throws.
    for (const l of added) {
      this.index.set(l, this.classes.length);
      this.classes.push(l);
    }
    this.reserve(this.classes.length);
    this.k = this.classes.length;
    const cap = this.cap;
    const sums = this.sums;
    const ct = et.codes;
    const cp = ep.codes;
    if (w === undefined) {
      for (let i = 0; i < n; i++) sums[mt[ct[i]] * cap + mp[cp[i]]]++;
    } else {
      const comp = (this.comp ??= new Float64Array(cap * cap));
      for (let i = 0; i < n; i++) {
        const at = mt[ct[i]] * cap + mp[cp[i]];
        const x = sums[at];
        const y = w[i];
        const t = x + y;
        comp[at] += Math.abs(x) >= Math.abs(y) ? x - t + y : y - t + x;
        sums[at] = t;
      }
      this.weighted = true;
    }
    this.kind = et.kind;
    this.n += n;
    this.total += weight;
    return this;
  }

  merge(other: ClassificationAccumulator | ClassificationAccumulatorJSON): ClassificationAccumulator {
    let t: Table;
    let labels: Label[] | null;
    if (other instanceof ClassificationAcc) {
      t = other.table(other === this);
      labels = other.labels ?? null;
    } else {
      ({ table: t, labels } = readState(other, 'merge', 'other'));
    }
    if (this.labels !== undefined && labels !== null && !sameLabels(this.labels, labels)) {
      throw badState(
        'merge',
        `the accumulators were created with different labels (${show(this.labels)} and ${show(labels)})`,
        'other.labels',
      );
    }
    this.commit(t, this.plan(t, 'merge', 'other'));
    return this;
  }

  /** This state as a table (a copy when it is about to be merged into itself). */
  private table(copy: boolean): Table {
    const sums = copy ? this.sums.slice() : this.sums;
    const comp = copy && this.comp !== undefined ? this.comp.slice() : this.comp;
    return {
      classes: copy ? this.classes.slice() : this.classes,
      kind: this.kind,
      k: this.k,
      stride: this.cap,
      sums,
      comp,
      count: this.n,
      weighted: this.weighted,
    };
  }

  /** Load a checked state into a fresh accumulator: O(K²), no per-class reallocation. */
  load(t: Table): this {
    this.classes = t.classes.slice();
    this.classes.forEach((c, i) => this.index.set(c, i));
    this.kind = t.kind;
    this.k = t.k;
    this.cap = t.stride;
    this.sums = t.sums;
    this.comp = t.comp;
    this.n = t.count;
    this.weighted = t.weighted;
    for (let i = 0; i < t.k; i++) for (let j = 0; j < t.k; j++) this.total += t.sums[i * t.stride + j];
    return this;
  }

  /** The state as a sorted pair count (compensation folded in). */
  private pairCounts(): PairCounts {
    const order = this.classes.map((_, i) => i).sort((a, b) => compareLabels(this.classes[a], this.classes[b]));
    const k = this.k;
    const cap = this.cap;
    const counts = new Float64Array(k * k);
    const inTrue = new Uint8Array(k);
    const inPred = new Uint8Array(k);
    for (let a = 0; a < k; a++) {
      const row = order[a] * cap;
      for (let b = 0; b < k; b++) {
        const at = row + order[b];
        const v = this.sums[at] + (this.comp === undefined ? 0 : this.comp[at]);
        counts[a * k + b] = v;
        if (v !== 0) {
          inTrue[a] = 1;
          inPred[b] = 1;
        }
      }
    }
    return { classes: order.map((i) => this.classes[i]), kind: this.kind ?? 'number', k, counts, inTrue, inPred };
  }

  compute(options?: { targetNames?: readonly string[] }): ClassificationAccumulatorResult {
    const o = optionsOf(options, 'compute');
    if (this.n === 0)
      throw new SextantError('EMPTY_INPUT', 'compute: the accumulator has seen no samples', { argument: 'accumulator' });
    const pc = this.pairCounts();
    const labels = this.labels ?? pc.classes;
    const names = o.targetNames;
    if (
      names !== undefined &&
      (!Array.isArray(names) || names.length !== labels.length || names.some((x) => typeof x !== 'string'))
    ) {
      throw new SextantError('INVALID_OPTION', `compute: options.targetNames must be ${labels.length} strings, one per label`, {
        argument: 'options.targetNames',
        value: names,
      });
    }
    const sel = selectLabels(pc, labels);
    if (this.labels !== undefined && !sel.some((s) => s >= 0 && pc.inTrue[s] === 1)) {
      // As the one-shot functions refuse `labels` none of which occurs in yTrue.
      throw new SextantError('INVALID_LABEL', `compute: none of ${JSON.stringify(labels).slice(0, 80)} occurs in yTrue`, {
        argument: 'options.labels',
        value: labels,
      });
    }
    const matrix = sel.map((a) => sel.map((b) => (a < 0 || b < 0 ? 0 : pc.counts[a * pc.k + b])));
    let hits = 0;
    let all = 0;
    for (let a = 0; a < pc.k; a++) {
      hits += pc.counts[a * pc.k + a];
      for (let b = 0; b < pc.k; b++) all += pc.counts[a * pc.k + b];
    }
    const report = reportFromCounts(pc, this.labels, names, 0, 'compute');
    return { labels: labels.slice(), matrix, accuracy: hits / all, report };
  }

  toJSON(): ClassificationAccumulatorJSON {
    const k = this.k;
    const cap = this.cap;
    const rows = (a: Float64Array): number[][] =>
      Array.from({ length: k }, (_, i) => Array.from(a.subarray(i * cap, i * cap + k)));
    const out: ClassificationAccumulatorJSON = {
      type: 'sextant.classificationAccumulator',
      version: 1,
      labels: this.labels === undefined ? null : this.labels.slice(),
      classes: this.classes.slice(),
      count: this.n,
      matrix: rows(this.sums),
    };
    if (this.weighted) out.weighted = true;
    const comp = this.comp;
    if (comp !== undefined && this.classes.some((_, i) => comp.subarray(i * cap, i * cap + k).some((c) => c !== 0)))
      out.compensation = rows(comp);
    return out;
  }
}

function sameLabels(a: readonly Label[], b: readonly Label[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

const isLabel = (x: unknown): x is Label =>
  typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x));

/**
 * Read a saved state, checking everything that could make a later number wrong, and
 * refuse it whole (INVALID_STATE naming the first bad field as `<root>.matrix[2][1]`).
 * Only own properties are read; the result is built from fresh arrays.
 */
function readState(json: unknown, what: string, root: string): { table: Table; labels: Label[] | null } {
  const bad = (field: string, message: string, value?: unknown): never => {
    throw badState(what, `${root}${field} ${message}`, `${root}${field}`, value);
  };
  if (!isRecord(json)) throw badState(what, `expected a classification accumulator or its JSON, got ${show(json)}`, root);
  if (own(json, 'type') !== 'sextant.classificationAccumulator') bad('.type', "must be 'sextant.classificationAccumulator'");
  if (own(json, 'version') !== 1) bad('.version', 'must be 1');

  const labelList = (field: string, v: unknown): Label[] => {
    if (!Array.isArray(v)) return bad(field, `must be an array of labels; got ${show(v)}`);
    if (v.length > MAX_CLASSES) return bad(field, `has ${v.length} entries; at most ${MAX_CLASSES} classes are supported`);
    const seen = new Set<Label>();
    const out: Label[] = [];
    for (let i = 0; i < v.length; i++) {
      const x: unknown = v[i];
      if (!isLabel(x)) bad(`${field}[${i}]`, `is ${show(x)}; a label is a finite number, a string or a boolean`, x);
      const l = x as Label;
      if (typeof l === 'number' && !Number.isInteger(l)) bad(`${field}[${i}]`, `is ${l}; number classes are integers`, l);
      if (seen.has(l)) bad(`${field}[${i}]`, `repeats ${show(l)}`, l);
      if (i > 0 && kindOf(l) !== kindOf(out[0]))
        bad(`${field}[${i}]`, `is a ${kindOf(l)} but ${field}[0] is a ${kindOf(out[0])}; labels are of one kind`, l);
      seen.add(l);
      out.push(l);
    }
    return out;
  };

  const rawLabels = own(json, 'labels');
  let labels: Label[] | null = null;
  if (rawLabels !== null) {
    labels = labelList('.labels', rawLabels);
    if (labels.length === 0) bad('.labels', 'is empty; null means no labels');
  }
  const classes = labelList('.classes', own(json, 'classes'));
  const k = classes.length;
  const kind = k > 0 ? kindOf(classes[0]) : undefined;
  if (labels !== null && kind !== undefined && !fitsLabels(labels, kind))
    bad('.labels', `are ${kindOf(labels[0])}s but the classes are ${kind}s`);

  const count = own(json, 'count');
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0)
    bad('.count', `must be an integer from 0 to 2^53 − 1; got ${show(count)}`, count);
  const n = count as number;
  if (n === 0 && k > 0) bad('.count', `is 0 but ${k} classes were seen`, n);
  const rawWeighted = own(json, 'weighted');
  if (rawWeighted !== undefined && rawWeighted !== true && rawWeighted !== false)
    bad('.weighted', `must be true or absent; got ${show(rawWeighted)}`, rawWeighted);
  const weighted = rawWeighted === true;

  const grid = (field: string, v: unknown, cell: (x: number, at: string) => void): Float64Array => {
    if (!Array.isArray(v) || v.length !== k) return bad(field, `must be ${k} rows of ${k} numbers`);
    const out = new Float64Array(k * k);
    for (let i = 0; i < k; i++) {
      const row: unknown = v[i];
      if (!Array.isArray(row) || row.length !== k) bad(`${field}[${i}]`, `must be a row of ${k} numbers`);
      const r = row as unknown[];
      for (let j = 0; j < k; j++) {
        const x = r[j];
        if (typeof x !== 'number' || !Number.isFinite(x))
          bad(`${field}[${i}][${j}]`, `is ${show(x)}; cells are finite numbers`, x);
        cell(x as number, `${field}[${i}][${j}]`);
        out[i * k + j] = x as number;
      }
    }
    return out;
  };

  let total = 0;
  const sums = grid('.matrix', own(json, 'matrix'), (x, at) => {
    if (x < 0) bad(at, `is ${x}; counts are ≥ 0`, x);
    if (!weighted && !Number.isInteger(x)) bad(at, `is ${x}; an unweighted state holds integer counts`, x);
    total += x;
  });
  const rawComp = own(json, 'compensation');
  let comp: Float64Array | undefined;
  if (rawComp !== undefined) {
    if (!weighted) bad('.compensation', 'is only kept for weighted data');
    comp = grid('.compensation', rawComp, () => undefined);
    for (let c = 0; c < k * k; c++) {
      // A compensation is a rounding error: it never outweighs its cell.
      if (!(Math.abs(comp[c]) <= Math.abs(sums[c]) * 2 ** -20) || sums[c] + comp[c] < 0) {
        const i = Math.floor(c / k);
        bad(`.compensation[${i}][${c % k}]`, `is ${comp[c]}, which is no rounding error of its cell ${sums[c]}`, comp[c]);
      }
    }
  }
  if (!Number.isFinite(total)) bad('.matrix', 'adds up beyond double precision');
  if (!weighted && total !== n)
    bad('.count', `is ${n} but the matrix holds ${total} samples (an unweighted state's cells add up to count)`, n);
  if (weighted && n === 0 && total !== 0) bad('.count', 'is 0 but the matrix is not', n);
  if (!weighted) {
    // Every class came from a sample: a class with an empty row and column never did.
    for (let i = 0; i < k; i++) {
      let seen = false;
      for (let j = 0; j < k && !seen; j++) seen = sums[i * k + j] !== 0 || sums[j * k + i] !== 0;
      if (!seen) bad(`.classes[${i}]`, `${show(classes[i])} has no sample in the matrix`, classes[i]);
    }
  }
  return { table: { classes, kind, k, stride: k, sums, comp, count: n, weighted }, labels };
}

/**
 * A mergeable confusion-matrix accumulator. `compute()` gives `{ labels, matrix, accuracy,
 * report }`, equal to `confusionMatrix`, `accuracyScore` and `classificationReport` over
 * all the data seen (through `update` and `merge`), in any order. The report is a
 * null-prototype object, refused as `classificationReport` refuses a class named like a
 * summary key (rename with `compute({ targetNames })`).
 *
 * At most 4096 distinct classes (`INVALID_LABEL` beyond): the state and the result are
 * dense K×K matrices, 128 MB at 4096 classes. `update` costs O(n) plus amortised O(K²).
 * A refused `update` or `merge` leaves the accumulator exactly as it was.
 *
 * @param options.labels Labels selecting and ordering the result (other classes still count in the precision denominators, as in `classificationReport({ labels })`); each once, of one kind (`INVALID_OPTION`). Data of another kind is refused (`INVALID_LABEL`), and `compute()` refuses labels none of which occurs in yTrue, as the one-shot functions do. @default every class seen, sorted
 * @example
 * ```ts
 * const a = createClassificationAccumulator().update(['cat', 'dog'], ['cat', 'cat']);
 * const b = createClassificationAccumulator().update(['dog'], ['dog']);
 * a.merge(classificationAccumulatorFromJSON(b.toJSON())).compute().matrix; // [[1, 0], [1, 1]]
 * ```
 */
export function createClassificationAccumulator(options?: { labels?: ArrayLike<Label> }): ClassificationAccumulator {
  const o = optionsOf(options, 'createClassificationAccumulator');
  const labels = checkLabelsOption(o.labels);
  if (labels !== undefined) {
    oneKind(labels, (i) => {
      throw new SextantError(
        'INVALID_OPTION',
        `options.labels[${i}] is the ${kindOf(labels[i])} ${show(labels[i])} but options.labels[0] is a ${kindOf(labels[0])}; labels are of one kind`,
        { argument: 'options.labels', index: i, value: labels[i] },
      );
    });
  }
  return new ClassificationAcc(labels);
}

/**
 * Restore a classification accumulator from its `toJSON()` state. A state that could give
 * a wrong number later is refused whole with `INVALID_STATE` naming the first bad field
 * (`state.matrix[2][1]`): negative or (unweighted) fractional cells, a `count` other than
 * the matrix total, repeated, empty, mixed-kind or fractional classes or labels, a matrix
 * of the wrong shape, more than 4096 classes. Only own properties are read, so a
 * `"__proto__"` key from `JSON.parse` pollutes nothing. O(K²) for K classes.
 *
 * @example
 * ```ts
 * const saved = JSON.stringify(createClassificationAccumulator().update([1, 0], [1, 1]).toJSON());
 * classificationAccumulatorFromJSON(JSON.parse(saved)).compute().accuracy; // 0.5
 * ```
 */
export function classificationAccumulatorFromJSON(json: ClassificationAccumulatorJSON): ClassificationAccumulator {
  const { table, labels } = readState(json, 'classificationAccumulatorFromJSON', 'state');
  return new ClassificationAcc(labels ?? undefined).load(table);
}
