/**
 * Locale-aware formatting for summaries: one set of Intl formatters per (locale, time zone),
 * always with an explicit locale and zone so nothing depends on the machine.
 * Internal to `summary/`.
 */
import { SextantError } from '../errors';
import { show } from '../internal/validate';

export interface Formatters {
  locale: string;
  /** A number with exactly `digits` decimals (grouping on). */
  fixed: (x: number, digits: number) => string;
  /** A number with at most `digits` decimals. */
  num: (x: number, digits?: number) => string;
  /** A share (0…1) as a percentage with at most `digits` decimals. */
  pct: (x: number, digits?: number) => string;
  /** Money, two significant digits ("about" amounts). */
  money: (x: number, currency: string) => string;
  /**
   * A duration as a person writes it, in the largest unit it reaches: `80 ms`, `1.5 s`,
   * `2.5 min`, `3.5 h`, `1.5 days` (English; other locales take their own short units, `1,5 s`,
   * `1,5 j`). `x` is in units of `unitMs` milliseconds (1 for ms, 1000 for s, 3 600 000 for hours).
   */
  duration: (x: number, unitMs?: number) => string;
  /** A date (epoch ms) in the formatter's zone, medium style. */
  date: (t: number) => string;
  /** A calendar date given as UTC midnight of that date. */
  calendarDate: (t: number) => string;
}

const cache = new Map<string, Formatters>();

/**
 * Units of {@link Formatters.duration}, smallest first: a value is shown in the first unit in
 * which it stays below `below` once rounded to `digits` decimals (so 999.96 ms reads `1 s`,
 * never `1,000 ms`, and 59.999 s reads `1 min`).
 */
const DURATION_UNITS = [
  { unit: 'millisecond', ms: 1, below: 1000, digits: 1 },
  { unit: 'second', ms: 1000, below: 60, digits: 2 },
  { unit: 'minute', ms: 60_000, below: 60, digits: 1 },
  { unit: 'hour', ms: 3_600_000, below: 24, digits: 1 },
  { unit: 'day', ms: 86_400_000, below: Infinity, digits: 1 },
] as const;

/**
 * English CLDR short units are "sec" and "hr"; the SI symbols (s, h) are what people write
 * beside a figure and what this module's documentation promises. Other languages keep CLDR's.
 */
const EN_SYMBOL: Record<string, string> = { sec: 's', secs: 's', hr: 'h', hrs: 'h', mins: 'min' };

/** Formatters for `locale` and `timeZone`; refuses an invalid locale (INVALID_OPTION) or zone (UNKNOWN_TIME_ZONE). */
export function formatters(locale: unknown, timeZone: unknown): Formatters {
  if (typeof locale !== 'string' || locale === '') {
    throw new SextantError('INVALID_OPTION', `options.locale must be a BCP 47 language tag; got ${show(locale)}`, {
      argument: 'options.locale',
      value: locale,
    });
  }
  if (typeof timeZone !== 'string' || timeZone === '') {
    throw new SextantError('UNKNOWN_TIME_ZONE', `options.timeZone must be an IANA time zone; got ${show(timeZone)}`, {
      argument: 'options.timeZone',
      value: timeZone,
    });
  }
  const key = `${locale}\u0000${timeZone}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(locale)[0];
  } catch {
    throw new SextantError('INVALID_OPTION', `options.locale is not a valid BCP 47 language tag: ${show(locale)}`, {
      argument: 'options.locale',
      value: locale,
    });
  }
  let dateFmt: Intl.DateTimeFormat;
  try {
    dateFmt = new Intl.DateTimeFormat(canonical, { dateStyle: 'medium', timeZone });
  } catch {
    throw new SextantError('UNKNOWN_TIME_ZONE', `options.timeZone is not a time zone Intl knows: ${show(timeZone)}`, {
      argument: 'options.timeZone',
      value: timeZone,
    });
  }
  const utcDate = new Intl.DateTimeFormat(canonical, { dateStyle: 'medium', timeZone: 'UTC' });
  const english = canonical.toLowerCase().split('-')[0] === 'en';
  const nf = new Map<string, Intl.NumberFormat>();
  const get = (k: string, o: Intl.NumberFormatOptions) => {
    let f = nf.get(k);
    if (!f) nf.set(k, (f = new Intl.NumberFormat(canonical, o)));
    return f;
  };
  // -0 prints as "-0" in some engines; a summary never means it.
  const z = (x: number) => (Object.is(x, -0) ? 0 : x);
  const f: Formatters = {
    locale: canonical,
    fixed: (x, d) => get(`f${d}`, { minimumFractionDigits: d, maximumFractionDigits: d }).format(z(x)),
    num: (x, d = 3) => get(`n${d}`, { maximumFractionDigits: d }).format(z(x)),
    pct: (x, d = 0) => get(`p${d}`, { style: 'percent', maximumFractionDigits: d }).format(z(x)),
    money: (x, currency) => {
      try {
        return get(`m${currency}`, { style: 'currency', currency, maximumSignificantDigits: 2 }).format(z(x));
      } catch {
        throw new SextantError('INVALID_VALUE', `currency must be an ISO 4217 code; got ${show(currency)}`, {
          argument: 'currency',
          value: currency,
        });
      }
    },
    duration: (x, unitMs = 1) => {
      const a = Math.abs(x);
      // Scaled by a ratio, not through milliseconds: 1e306 s is finite in days, not in ms.
      let u: (typeof DURATION_UNITS)[number] = DURATION_UNITS[DURATION_UNITS.length - 1];
      for (const c of DURATION_UNITS) {
        const p = 10 ** c.digits;
        if (Math.round(a * (unitMs / c.ms) * p) / p < c.below) {
          u = c;
          break;
        }
      }
      const v = z(x * (unitMs / u.ms));
      // Below 1 ms one decimal would print 0.04 ms as "0 ms": two significant digits instead.
      const tiny = u.unit === 'millisecond' && a > 0 && Math.abs(v) < 1;
      const nfmt = tiny
        ? get('d-tiny', { style: 'unit', unit: 'millisecond', unitDisplay: 'short', maximumSignificantDigits: 2 })
        : get(`d-${u.unit}`, { style: 'unit', unit: u.unit, unitDisplay: 'short', maximumFractionDigits: u.digits });
      if (!english) return nfmt.format(v);
      return nfmt
        .formatToParts(v)
        .map((part) =>
          part.type === 'unit' && Object.prototype.hasOwnProperty.call(EN_SYMBOL, part.value)
            ? EN_SYMBOL[part.value]
            : part.value,
        )
        .join('');
    },
    date: (t) => dateFmt.format(t),
    calendarDate: (t) => utcDate.format(t),
  };
  // Locales come from callers; keep the cache small whatever they pass.
  if (cache.size >= 32) cache.clear();
  cache.set(key, f);
  return f;
}
