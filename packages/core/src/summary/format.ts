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
  ms: (x: number) => string;
  seconds: (x: number) => string;
  hours: (x: number) => string;
  /** A date (epoch ms) in the formatter's zone, medium style. */
  date: (t: number) => string;
  /** A calendar date given as UTC midnight of that date. */
  calendarDate: (t: number) => string;
}

const cache = new Map<string, Formatters>();

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
    ms: (x) => get('ms', { style: 'unit', unit: 'millisecond', unitDisplay: 'short', maximumFractionDigits: 1 }).format(z(x)),
    seconds: (x) => get('s', { style: 'unit', unit: 'second', unitDisplay: 'short', maximumFractionDigits: 2 }).format(z(x)),
    hours: (x) => get('h', { style: 'unit', unit: 'hour', unitDisplay: 'short', maximumFractionDigits: 1 }).format(z(x)),
    date: (t) => dateFmt.format(t),
    calendarDate: (t) => utcDate.format(t),
  };
  // Locales come from callers; keep the cache small whatever they pass.
  if (cache.size >= 32) cache.clear();
  cache.set(key, f);
  return f;
}
