/**
 * Failure mode and effects analysis: the risk priority number and the action priority of
 * the AIAG & VDA FMEA Handbook (1st ed., 2019), table "Action Priority for DFMEA and PFMEA".
 */
import { SextantError } from '../errors';
import { show } from '../internal/validate';

/** Ratings 1–10 of one failure mode. */
export interface FmeaRatings {
  /** How bad the effect is (10: safety or regulatory without warning). */
  severity: number;
  /** How often the cause occurs (10: very high). */
  occurrence: number;
  /** How unlikely the current controls are to detect it (10: cannot detect). */
  detection: number;
}

/** Result of {@link fmea}. */
export interface FmeaResult {
  /** severity × occurrence × detection, 1–1000 (the pre-2019 ranking, kept for comparison). */
  rpn: number;
  /** AIAG-VDA action priority: `H` act now, `M` should act, `L` could act. */
  actionPriority: 'H' | 'M' | 'L';
}

type AP = 'H' | 'M' | 'L';

/**
 * The AIAG-VDA action priority table as data: rows by severity group, then occurrence group,
 * each a 4-tuple over the detection groups D 7–10, 5–6, 2–4, 1.
 */
const AP_TABLE: readonly { s: [number, number]; rows: readonly { o: [number, number]; d: readonly [AP, AP, AP, AP] }[] }[] = [
  {
    s: [9, 10],
    rows: [
      { o: [8, 10], d: ['H', 'H', 'H', 'H'] },
      { o: [6, 7], d: ['H', 'H', 'H', 'H'] },
      { o: [4, 5], d: ['H', 'H', 'H', 'M'] },
      { o: [2, 3], d: ['H', 'M', 'L', 'L'] },
      { o: [1, 1], d: ['L', 'L', 'L', 'L'] },
    ],
  },
  {
    s: [7, 8],
    rows: [
      { o: [8, 10], d: ['H', 'H', 'H', 'H'] },
      { o: [6, 7], d: ['H', 'H', 'H', 'M'] },
      { o: [4, 5], d: ['H', 'M', 'M', 'M'] },
      { o: [2, 3], d: ['M', 'M', 'L', 'L'] },
      { o: [1, 1], d: ['L', 'L', 'L', 'L'] },
    ],
  },
  {
    s: [4, 6],
    rows: [
      { o: [8, 10], d: ['H', 'H', 'M', 'M'] },
      { o: [6, 7], d: ['M', 'M', 'M', 'L'] },
      { o: [4, 5], d: ['M', 'L', 'L', 'L'] },
      { o: [2, 3], d: ['L', 'L', 'L', 'L'] },
      { o: [1, 1], d: ['L', 'L', 'L', 'L'] },
    ],
  },
  {
    s: [2, 3],
    rows: [
      { o: [8, 10], d: ['M', 'M', 'L', 'L'] },
      { o: [6, 7], d: ['L', 'L', 'L', 'L'] },
      { o: [4, 5], d: ['L', 'L', 'L', 'L'] },
      { o: [2, 3], d: ['L', 'L', 'L', 'L'] },
      { o: [1, 1], d: ['L', 'L', 'L', 'L'] },
    ],
  },
  { s: [1, 1], rows: [{ o: [1, 10], d: ['L', 'L', 'L', 'L'] }] },
];

function rating(v: unknown, name: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 10) {
    throw new SextantError('INVALID_VALUE', `${name} must be an integer rating 1–10; got ${show(v)}`, {
      argument: name,
      value: v,
    });
  }
  return v;
}

/**
 * FMEA of one failure mode: the risk priority number S × O × D and the action priority of
 * the AIAG-VDA FMEA Handbook (2019), which ranks severity first, then occurrence, then
 * detection — so a severe, frequent failure is `H` even when it is easy to detect.
 *
 * @example
 * ```ts
 * // A fraud model silently scoring with a stale feature: severe, occasional, hard to see.
 * fmea({ severity: 8, occurrence: 4, detection: 7 }); // { rpn: 224, actionPriority: 'H' }
 * fmea({ severity: 5, occurrence: 3, detection: 2 }); // { rpn: 30, actionPriority: 'L' }
 * ```
 */
export function fmea(ratings: FmeaRatings): FmeaResult {
  if (ratings === null || typeof ratings !== 'object') {
    throw new SextantError('INVALID_VALUE', `ratings must be { severity, occurrence, detection }; got ${show(ratings)}`, {
      argument: 'ratings',
    });
  }
  const s = rating(ratings.severity, 'ratings.severity');
  const o = rating(ratings.occurrence, 'ratings.occurrence');
  const d = rating(ratings.detection, 'ratings.detection');
  const group = AP_TABLE.find((g) => s >= g.s[0] && s <= g.s[1]);
  const row = group?.rows.find((r) => o >= r.o[0] && o <= r.o[1]);
  /* c8 ignore next */
  if (!row) throw new SextantError('INVALID_VALUE', 'no action priority row for these ratings', { argument: 'ratings' });
  const col = d >= 7 ? 0 : d >= 5 ? 1 : d >= 2 ? 2 : 3;
  return { rpn: s * o * d, actionPriority: row.d[col] };
}
