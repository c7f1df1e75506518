/**
 * The plain-data model a risk heat map draws (the RiskMatrix widget of @sextant/react):
 * cells with their markers, per-risk inherent → residual moves, filters, the text
 * alternative's rows and every sentence, overridable. A malformed risk does not blank the
 * map: it is listed in `invalid` with the reason, and the others render.
 */
import { isSextantError, SextantError } from '../errors';
import { show } from '../internal/validate';
import { checkArrayLike } from '../internal/hostile';
import { type RiskCategory, riskCatalogue } from './catalogue';
import { type CheckedRisk, type RiskBand, type RiskScoringOptions, checkRisk, checkScoring, position } from './score';

/** Sentences of the risk heat map; every one can be replaced (translation, house style). */
export interface RiskMatrixMessages {
  likelihoodLabels: readonly [string, string, string, string, string];
  impactLabels: readonly [string, string, string, string, string];
  likelihoodAxis: string;
  impactAxis: string;
  bandLabels: Readonly<Record<RiskBand, string>>;
  /** Accessible name of a cell. */
  cell: (c: { likelihood: string; impact: string; band: string; score: number; count: number }) => string;
  /** Accessible name of a marker. */
  marker: (m: {
    id: string;
    title: string;
    band: string;
    moved: boolean;
    from: string;
    overdue: number;
    ghost: boolean;
  }) => string;
  /** The live summary after a filter change. */
  showing: (shown: number, total: number) => string;
  invalid: (count: number) => string;
  /** One malformed risk: where (its id or position) and why. */
  invalidItem: (where: string, message: string) => string;
  /** The read-out of the focused or hovered risk; positions already in words. */
  readout: (m: RiskMarker, words: { residual: string; inherent: string }) => string;
  /** A position in words: "Likely × Major, High 16". */
  position: (likelihood: string, impact: string, band: string, score: number) => string;
  gridLabel: string;
  categoryFilter: string;
  ownerFilter: string;
  all: string;
  noOwner: string;
  showInherent: string;
  tableCaption: string;
  keyboardHint: string;
  columns: Readonly<{ risk: string; category: string; owner: string; residual: string; inherent: string; overdue: string }>;
}

/**
 * The default English messages of {@link riskMatrixView}.
 *
 * @example
 * ```ts
 * RISK_MATRIX_MESSAGES.showing(7, 15); // 'Showing 7 of 15 risks'
 * ```
 */
export const RISK_MATRIX_MESSAGES: RiskMatrixMessages = {
  likelihoodLabels: ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'],
  impactLabels: ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'],
  likelihoodAxis: 'Likelihood',
  impactAxis: 'Impact',
  bandLabels: { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' },
  cell: ({ likelihood, impact, band, score, count }) =>
    `${likelihood} × ${impact}, ${band} (${score}): ${count === 0 ? 'no risks' : count === 1 ? '1 risk' : `${count} risks`}`,
  marker: ({ id, title, band, moved, from, overdue, ghost }) =>
    ghost
      ? `${id} ${title}: inherent position before mitigation`
      : `${id} ${title}, ${band}${moved ? `, down from ${from}` : ''}${overdue > 0 ? `, ${overdue} overdue mitigation${overdue === 1 ? '' : 's'}` : ''}`,
  showing: (shown, total) => `Showing ${shown} of ${total} risks`,
  invalid: (count) => `${count} risk${count === 1 ? '' : 's'} could not be placed`,
  invalidItem: (where, message) => `${where}: ${message}`,
  readout: (m, w) =>
    `${m.id} ${m.title} — ${w.residual}${m.moved ? ` (was ${w.inherent})` : ''}${m.owner ? ` · ${m.owner}` : ''}${
      m.overdueMitigations.length > 0 ? ` · overdue: ${m.overdueMitigations.join(', ')}` : ''
    }`,
  position: (l, i, band, score) => `${l} × ${i}, ${band} ${score}`,
  gridLabel: 'Risk heat map: likelihood by impact',
  categoryFilter: 'Category',
  ownerFilter: 'Owner',
  all: 'All',
  noOwner: '(no owner)',
  showInherent: 'Show before mitigation',
  tableCaption: 'Risks, worst residual first',
  keyboardHint: 'Arrow keys move between cells; Enter steps into a cell’s risks, Escape steps back out.',
  columns: { risk: 'Risk', category: 'Category', owner: 'Owner', residual: 'Residual', inherent: 'Inherent', overdue: 'Overdue' },
};

/** One risk as the map shows it. */
export interface RiskMarker {
  id: string;
  title: string;
  category: RiskCategory;
  categoryTitle: string;
  owner: string | null;
  inherent: { likelihood: number; impact: number; score: number; band: RiskBand };
  residual: { likelihood: number; impact: number; score: number; band: RiskBand };
  /** The residual position differs from the inherent one. */
  moved: boolean;
  overdueMitigations: string[];
  /** Accessible name of its marker (residual position). */
  label: string;
  /** Accessible name of its ghost (inherent position), when it moved. */
  ghostLabel: string;
}

/** One cell of the map. */
export interface RiskMatrixViewCell {
  likelihood: number;
  impact: number;
  /** Row and column in display order (row 0 = likelihood 5, column 0 = impact 1). */
  row: number;
  col: number;
  score: number;
  band: RiskBand;
  /** Ids of the markers at their residual position here, worst first. */
  markers: string[];
  /** Ids of the risks whose inherent position is here and that moved away from it. */
  ghosts: string[];
  label: string;
}

/** A risk that could not be placed, and why. */
export interface InvalidRisk {
  index: number;
  id: string | null;
  code: string;
  message: string;
}

/** Options of {@link riskMatrixView}. */
export interface RiskMatrixViewOptions extends RiskScoringOptions {
  /** Show only these categories. @default every category */
  categories?: readonly RiskCategory[];
  /** Show only risks of these owners (`null` for "no owner"). @default every owner */
  owners?: readonly (string | null)[];
  messages?: Partial<RiskMatrixMessages>;
}

/** Result of {@link riskMatrixView}. */
export interface RiskMatrixView {
  /** 25 cells, row by row from likelihood 5 down, impact 1 to 5 within a row. */
  cells: RiskMatrixViewCell[];
  /** Every placed risk that passes the filters, by id (a null-prototype object: any id is a key). */
  markers: Record<string, RiskMarker>;
  /** The text alternative: filtered risks, worst residual first. */
  rows: RiskMarker[];
  invalid: InvalidRisk[];
  /** Categories and owners present among the valid risks (for the filter controls), catalogue / sorted order. */
  categories: { category: RiskCategory; title: string; count: number }[];
  owners: (string | null)[];
  shown: number;
  total: number;
  summary: string;
  /** `null` when every risk was placed. */
  invalidSummary: string | null;
  /** Axis and band words for the view. */
  labels: {
    likelihoodAxis: string;
    impactAxis: string;
    likelihood: string[];
    impact: string[];
    bands: Record<RiskBand, string>;
  };
}

const BAND_RANK: Readonly<Record<RiskBand, number>> = { low: 0, medium: 1, high: 2, critical: 3 };

/**
 * Everything a risk heat map draws, from a register: the 25 cells with the risks at their
 * residual position (worst first) and ghosts at the inherent position of the risks that
 * moved, overdue mitigations, category and owner filters, the rows of a text alternative,
 * and the sentences. A malformed risk is listed in `invalid` and the rest are placed.
 *
 * @example
 * ```ts
 * const view = riskMatrixView(
 *   [
 *     { id: 'R1', title: 'Drift', category: 'model-drift', likelihood: 4, impact: 4, residual: { likelihood: 2, impact: 4 } },
 *     { id: 'R2', title: 'Broken', category: 'weather', likelihood: 2, impact: 4 },
 *   ],
 *   { today: '2026-03-01' },
 * );
 * view.cells.find((c) => c.likelihood === 2 && c.impact === 4).markers; // ['R1']
 * view.cells.find((c) => c.likelihood === 4 && c.impact === 4).ghosts; // ['R1']
 * view.invalid.map((x) => [x.index, x.code]); // [[1, 'INVALID_VALUE']]
 * view.summary; // 'Showing 1 of 1 risks'
 * ```
 */
export function riskMatrixView(risks: unknown, options: RiskMatrixViewOptions = {}): RiskMatrixView {
  const s = checkScoring(options);
  const m: RiskMatrixMessages = { ...RISK_MATRIX_MESSAGES, ...(options?.messages ?? {}) };
  if (risks === null || typeof risks !== 'object') {
    throw new SextantError('INVALID_VALUE', `risks must be an array of risks; got ${show(risks)}`, { argument: 'risks' });
  }
  // A Map, Date, DataView or BigInt64Array is refused by its type before any element is read.
  checkArrayLike(risks, 'risks');
  const n = (risks as { length?: unknown }).length;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 1e6) {
    throw new SextantError('INVALID_OPTION', `risks must be an array of at most 1e6 risks; its length is ${show(n)}`, {
      argument: 'risks',
    });
  }
  const cats = options?.categories === undefined ? null : new Set<string>(options.categories);
  const owners = options?.owners === undefined ? null : new Set<string | null>(options.owners);
  const arr = risks as ArrayLike<unknown>;
  const valid: CheckedRisk[] = [];
  const invalid: InvalidRisk[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < n; i++) {
    try {
      const r = checkRisk(arr[i], `risks[${i}]`, i);
      if (seen.has(r.id))
        throw new SextantError('INVALID_VALUE', `risks[${i}].id ${show(r.id)} repeats the id of an earlier risk`, {
          argument: `risks[${i}].id`,
          index: i,
        });
      seen.add(r.id);
      valid.push(r);
    } catch (e) {
      if (!isSextantError(e)) throw e;
      const raw = arr[i] as { id?: unknown } | null;
      invalid.push({
        index: i,
        id: raw && typeof raw === 'object' && typeof raw.id === 'string' ? raw.id : null,
        code: e.code,
        message: e.message,
      });
    }
  }
  const catCount = new Map<RiskCategory, number>();
  const ownerSet = new Set<string | null>();
  for (const r of valid) {
    catCount.set(r.category, (catCount.get(r.category) ?? 0) + 1);
    ownerSet.add(r.owner ?? null);
  }
  const L = m.likelihoodLabels;
  const I = m.impactLabels;
  const markers = Object.create(null) as Record<string, RiskMarker>;
  const rows: RiskMarker[] = [];
  for (const r of valid) {
    if (cats && !cats.has(r.category)) continue;
    if (owners && !owners.has(r.owner ?? null)) continue;
    const inh = position(r.likelihood, r.impact, s);
    const res = position(r.residualLikelihood, r.residualImpact, s);
    const overdue = s.today === undefined ? [] : r.open.filter(([, due]) => due < (s.today as string)).map(([id]) => id);
    const moved = inh.likelihood !== res.likelihood || inh.impact !== res.impact;
    const info = riskCatalogue.find((c) => c.category === r.category) as (typeof riskCatalogue)[number];
    const from = `${L[inh.likelihood - 1]} × ${I[inh.impact - 1]}`;
    const mk: RiskMarker = {
      id: r.id,
      title: r.title,
      category: r.category,
      categoryTitle: info.title,
      owner: r.owner ?? null,
      inherent: inh,
      residual: res,
      moved,
      overdueMitigations: overdue,
      label: m.marker({
        id: r.id,
        title: r.title,
        band: m.bandLabels[res.band],
        moved,
        from,
        overdue: overdue.length,
        ghost: false,
      }),
      ghostLabel: m.marker({
        id: r.id,
        title: r.title,
        band: m.bandLabels[inh.band],
        moved,
        from,
        overdue: overdue.length,
        ghost: true,
      }),
    };
    markers[r.id] = mk;
    rows.push(mk);
  }
  const worse = (a: RiskMarker, b: RiskMarker) =>
    b.residual.score - a.residual.score ||
    BAND_RANK[b.residual.band] - BAND_RANK[a.residual.band] ||
    b.overdueMitigations.length - a.overdueMitigations.length;
  rows.sort(worse);
  const cells: RiskMatrixViewCell[] = [];
  for (let row = 0; row < 5; row++) {
    for (let col = 0; col < 5; col++) {
      const l = 5 - row;
      const i = col + 1;
      const p = position(l, i, s);
      cells.push({ likelihood: l, impact: i, row, col, score: p.score, band: p.band, markers: [], ghosts: [], label: '' });
    }
  }
  for (const mk of rows) {
    cells[(5 - mk.residual.likelihood) * 5 + mk.residual.impact - 1].markers.push(mk.id);
    if (mk.moved) cells[(5 - mk.inherent.likelihood) * 5 + mk.inherent.impact - 1].ghosts.push(mk.id);
  }
  for (const c of cells) {
    c.label = m.cell({
      likelihood: L[c.likelihood - 1],
      impact: I[c.impact - 1],
      band: m.bandLabels[c.band],
      score: c.score,
      count: c.markers.length,
    });
  }
  const categories = riskCatalogue
    .filter((c) => catCount.has(c.category))
    .map((c) => ({ category: c.category, title: c.title, count: catCount.get(c.category) as number }));
  const ownerList = [...ownerSet].sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0));
  return {
    cells,
    markers,
    rows,
    invalid,
    categories,
    owners: ownerList,
    shown: rows.length,
    total: valid.length,
    summary: m.showing(rows.length, valid.length),
    invalidSummary: invalid.length === 0 ? null : m.invalid(invalid.length),
    labels: {
      likelihoodAxis: m.likelihoodAxis,
      impactAxis: m.impactAxis,
      likelihood: [...L],
      impact: [...I],
      bands: { ...m.bandLabels },
    },
  };
}
