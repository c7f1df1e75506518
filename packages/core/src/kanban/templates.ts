import { instantToIso, parseInstant } from '../internal/instant';
import { show } from '../internal/validate';
import { createBoard } from './board';
import { checkArray, checkId, checkString, checkTags, failWith, isPlainObject, type Fail } from './check';
import type { KanbanBoard, KanbanCardInput, KanbanLane } from './types';

/** Options of the board templates. */
export interface TemplateOptions {
  /** Swimlanes (teams, models, classes of service). @default none */
  lanes?: readonly KanbanLane[];
  /** Cards to start with (as in `createBoard`). @default none */
  cards?: readonly KanbanCardInput[];
}

/**
 * An empty board that follows the MLOps pipeline: Backlog → Data ingestion → Data validation
 * → Training → Evaluation → Staging / A-B → Production → Monitoring. Work starts at data
 * ingestion and is done on reaching production (the board's `flow`); training and staging
 * block at their WIP limits (GPUs and A/B slots are scarce), the other stages warn.
 *
 * @example
 * ```ts
 * import { mlopsBoardTemplate } from '@sextant/core';
 * const board = mlopsBoardTemplate();
 * board.columns.map((c) => c.id);
 * // → ['backlog', 'ingestion', 'validation', 'training', 'evaluation', 'staging', 'production', 'monitoring']
 * board.flow; // → { start: 'ingestion', done: 'production' }
 * ```
 */
export function mlopsBoardTemplate(options: TemplateOptions = {}): KanbanBoard {
  return createBoard({
    columns: [
      { id: 'backlog', title: 'Backlog' },
      { id: 'ingestion', title: 'Data ingestion', wipLimit: 4, policy: 'warn' },
      { id: 'validation', title: 'Data validation', wipLimit: 3, policy: 'warn' },
      { id: 'training', title: 'Training', wipLimit: 3, policy: 'block' },
      { id: 'evaluation', title: 'Evaluation', wipLimit: 3, policy: 'warn' },
      { id: 'staging', title: 'Staging / A-B', wipLimit: 2, policy: 'block' },
      { id: 'production', title: 'Production' },
      { id: 'monitoring', title: 'Monitoring' },
    ],
    lanes: options.lanes,
    cards: options.cards,
    flow: { start: 'ingestion', done: 'production' },
  });
}

/**
 * An empty data-labelling board: Backlog → Ready to label → Labelling → QA review →
 * Adjudication → Accepted. Work starts at labelling and is done when accepted; QA review
 * blocks at its limit so unreviewed batches cannot pile up.
 *
 * @example
 * ```ts
 * import { labellingBoardTemplate } from '@sextant/core';
 * labellingBoardTemplate().columns.map((c) => c.title);
 * // → ['Backlog', 'Ready to label', 'Labelling', 'QA review', 'Adjudication', 'Accepted']
 * ```
 */
export function labellingBoardTemplate(options: TemplateOptions = {}): KanbanBoard {
  return createBoard({
    columns: [
      { id: 'backlog', title: 'Backlog' },
      { id: 'ready', title: 'Ready to label', wipLimit: 10, policy: 'warn' },
      { id: 'labelling', title: 'Labelling', wipLimit: 6, policy: 'warn' },
      { id: 'review', title: 'QA review', wipLimit: 3, policy: 'block' },
      { id: 'adjudication', title: 'Adjudication', wipLimit: 2, policy: 'warn' },
      { id: 'done', title: 'Accepted' },
    ],
    lanes: options.lanes,
    cards: options.cards,
    flow: { start: 'labelling', done: 'done' },
  });
}

/** A drift alert as `driftOverTime` returns it. */
export interface DriftAlertInput {
  at: string | number;
  feature: string;
  kind: 'start' | 'end';
  score: number | null;
}

/** Options of {@link cardsFromDriftAlerts}. */
export interface DriftCardsOptions {
  /** `driftOverTime`'s `features`, for the test each feature was scored with. @default methods unknown (null) */
  features?: readonly { name: string; method: string }[];
  /** Column the incident cards go to. @default 'backlog' */
  columnId?: string;
  laneId?: string;
  owner?: string;
  /** Named in the title, e.g. `'fraud-detector v3'`. @default none */
  model?: string;
  /** Extra tags after `'drift'` and the feature. @default none */
  tags?: readonly string[];
  /** Prefix of the card ids. @default 'drift:' */
  idPrefix?: string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const NO_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$/;

/**
 * Incident cards for the drift episodes `driftOverTime` found: one card per `start` alert
 * (`end` alerts are skipped), created at the batch's time, carrying the feature, its score,
 * the test and the batch time as `evidence`. Ids are `idPrefix + feature + '@' + time`, so
 * the same alert always gives the same card. A batch `at` without a zone is read as UTC,
 * as `driftOverTime` reads it.
 *
 * @throws SextantError `INVALID_OPTION` (alerts not an array, a bad option), `INVALID_VALUE`
 *   (an alert that is not `{ at, feature, kind, score }`, named by index).
 * @example
 * ```ts
 * import { cardsFromDriftAlerts } from '@sextant/core';
 * const cards = cardsFromDriftAlerts(
 *   [{ at: '2026-03-03', feature: 'amount', kind: 'start', score: 0.31 }, { at: '2026-03-05', feature: 'amount', kind: 'end', score: 0.04 }],
 *   { features: [{ name: 'amount', method: 'wasserstein' }], model: 'fraud-detector v3' },
 * );
 * cards.length; // → 1
 * cards[0];
 * // → { id: 'drift:amount@2026-03-03T00:00:00.000Z', type: 'incident', columnId: 'backlog', title: 'Drift in amount (fraud-detector v3)',
 * //    evidence: { feature: 'amount', score: 0.31, method: 'wasserstein', batchAt: '2026-03-03T00:00:00.000Z' }, … }
 * ```
 */
export function cardsFromDriftAlerts(alerts: readonly DriftAlertInput[], options: DriftCardsOptions = {}): KanbanCardInput[] {
  const optFail: Fail = failWith('INVALID_OPTION', 'options');
  if (!isPlainObject(options)) optFail('options', `must be an object; got ${show(options)}`);
  const list = checkArray(alerts, 'alerts', failWith('INVALID_OPTION', 'alerts'));
  const methods = new Map<string, string>();
  if (options.features !== undefined) {
    const fs = checkArray(options.features, 'options.features', optFail);
    for (let i = 0; i < fs.length; i++) {
      const f = fs[i];
      if (!isPlainObject(f)) optFail(`options.features[${i}]`, `must be { name, method }; got ${show(f)}`);
      methods.set(
        checkString(f.name, `options.features[${i}].name`, optFail),
        checkString(f.method, `options.features[${i}].method`, optFail),
      );
    }
  }
  const columnId = options.columnId === undefined ? 'backlog' : checkId(options.columnId, 'options.columnId', optFail);
  const laneId = options.laneId === undefined ? undefined : checkId(options.laneId, 'options.laneId', optFail);
  const owner = options.owner === undefined ? undefined : checkString(options.owner, 'options.owner', optFail);
  const model = options.model === undefined ? undefined : checkString(options.model, 'options.model', optFail);
  const extra = options.tags === undefined ? [] : checkTags(options.tags, 'options.tags', optFail);
  const prefix = options.idPrefix === undefined ? 'drift:' : checkString(options.idPrefix, 'options.idPrefix', optFail);
  const fail: Fail = failWith('INVALID_VALUE', 'alerts');
  const out: KanbanCardInput[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    const p = `alerts[${i}]`;
    if (!isPlainObject(a)) fail(p, `must be an alert { at, feature, kind, score }; got ${show(a)}`);
    if (a.kind !== 'start' && a.kind !== 'end') fail(`${p}.kind`, `must be 'start' or 'end'; got ${show(a.kind)}`);
    const feature = checkString(a.feature, `${p}.feature`, fail);
    const score = a.score;
    if (score !== null && (typeof score !== 'number' || !Number.isFinite(score))) {
      fail(`${p}.score`, `must be a finite number or null; got ${show(score)}`);
    }
    let at = a.at;
    if (typeof at === 'string') at = DATE_ONLY.test(at) ? `${at}T00:00:00Z` : NO_ZONE.test(at) ? `${at}Z` : at;
    const iso = instantToIso(parseInstant(at, 'alerts', { index: i }));
    if (a.kind !== 'start') continue;
    const card: KanbanCardInput = {
      id: `${prefix}${feature}@${iso}`,
      title: model === undefined ? `Drift in ${feature}` : `Drift in ${feature} (${model})`,
      type: 'incident',
      columnId,
      createdAt: iso,
      tags: ['drift', feature, ...extra],
      evidence: { feature, score: score as number | null, method: methods.get(feature) ?? null, batchAt: iso },
    };
    if (laneId !== undefined) card.laneId = laneId;
    if (owner !== undefined) card.owner = owner;
    out.push(card);
  }
  return out;
}
