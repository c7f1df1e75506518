/**
 * Number and date formatters for the widgets: `Intl`'s, except that for US English a few
 * common shapes are written directly, with the same text (property-tested against
 * `Intl.NumberFormat` / `Intl.DateTimeFormat` for `en-US`). A page's first `Intl` formatter
 * starts ICU, which took 25–40 ms in Chromium here — as long as the rest of a chart's first
 * paint. Any other locale, and any other shape, goes to `Intl` as before.
 */

/** US English, where the direct formatters apply: `en-US`/`en`, or no locale on a runtime whose language is `en-US`. */
function isUsEnglish(locale: string | undefined): boolean {
  if (locale !== undefined) return locale === 'en-US' || locale === 'en';
  // No locale means the runtime's default; in a browser that is navigator.language. Without
  // one (Node before 21, a worker without it) leave it to Intl.
  const nav = (globalThis as { navigator?: { language?: unknown } }).navigator;
  return nav !== undefined && (nav.language === 'en-US' || nav.language === 'en');
}

/** The shortest round-trip decimal of |v| as digits and the exponent of the first one: 1234.5 → ('12345', 3). */
function decimalDigits(v: number): { digits: string; exp: number } {
  const s = String(Math.abs(v));
  const e = s.indexOf('e');
  const mantissa = e < 0 ? s : s.slice(0, e);
  const shift = e < 0 ? 0 : Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  let digits = dot < 0 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  let exp = (dot < 0 ? mantissa.length : dot) - 1 + shift;
  // Leading zeros (0.00123) move the exponent; an all-zero value is '0' at exponent 0.
  let lead = 0;
  while (lead < digits.length - 1 && digits[lead] === '0') lead++;
  digits = digits.slice(lead);
  exp -= lead;
  if (/^0+$/.test(digits)) return { digits: '0', exp: 0 };
  return { digits: digits.replace(/0+$/, '') || '0', exp };
}

/**
 * Round the decimal (digits × 10^(exp − len + 1)) to keep digits up to 10^-fraction, or `sig`
 * significant digits: ties away from zero (ICU's halfExpand, Intl's default). Returns the
 * kept digits and their exponent, trailing zeros dropped.
 */
function roundDecimal(d: { digits: string; exp: number }, keep: { fraction?: number; sig?: number }) {
  const { digits, exp } = d;
  if (digits === '0') return d;
  // How many leading digits survive.
  const n = keep.sig !== undefined ? keep.sig : exp + 1 + (keep.fraction as number);
  if (n >= digits.length) return d;
  if (n < 0) return { digits: '0', exp: 0 };
  const roundUp = digits.charCodeAt(n) >= 53; // '5'
  let kept = digits.slice(0, n);
  let e = exp;
  if (roundUp) {
    // Add one at the last kept place, carrying.
    const chars = kept.split('');
    let i = chars.length - 1;
    while (i >= 0 && chars[i] === '9') chars[i--] = '0';
    if (i < 0) {
      chars.unshift('1');
      e += 1;
    } else chars[i] = String.fromCharCode(chars[i].charCodeAt(0) + 1);
    kept = chars.join('');
  }
  kept = kept.replace(/0+$/, '');
  return kept === '' ? { digits: '0', exp: 0 } : { digits: kept, exp: e };
}

/** Plain text of a rounded decimal: grouped integer part, '.' and the fraction, no trailing zeros. */
function writeDecimal({ digits, exp }: { digits: string; exp: number }): string {
  let int: string;
  let frac: string;
  if (digits === '0') return '0';
  if (exp < 0) {
    int = '0';
    frac = '0'.repeat(-exp - 1) + digits;
  } else if (exp + 1 >= digits.length) {
    int = digits + '0'.repeat(exp + 1 - digits.length);
    frac = '';
  } else {
    int = digits.slice(0, exp + 1);
    frac = digits.slice(exp + 1);
  }
  let grouped = '';
  for (let i = int.length; i > 0; i -= 3) grouped = (i > 3 ? ',' : '') + int.slice(Math.max(0, i - 3), i) + grouped;
  return frac === '' ? grouped : `${grouped}.${frac}`;
}

type NumberShape =
  { kind: 'fraction'; max: number; percent: boolean; unsigned: boolean } | { kind: 'sig'; max: number; unsigned: boolean };

/** The option shapes written directly; null for anything else. */
function numberShape(o: Intl.NumberFormatOptions): NumberShape | null {
  const keys = Object.keys(o).filter((k) => k !== 'signDisplay');
  // signDisplay: 'never' writes |v| (and no sign on −0); any other signDisplay goes to Intl.
  if (o.signDisplay !== undefined && o.signDisplay !== 'never') return null;
  const unsigned = o.signDisplay === 'never';
  const only = (...allowed: string[]) => keys.every((k) => allowed.includes(k));
  const int = (v: unknown, lo: number, hi: number) => typeof v === 'number' && Number.isInteger(v) && v >= lo && v <= hi;
  if (keys.length === 0) return { kind: 'fraction', max: 3, percent: false, unsigned };
  if (only('maximumSignificantDigits') && int(o.maximumSignificantDigits, 1, 21)) {
    return { kind: 'sig', max: o.maximumSignificantDigits as number, unsigned };
  }
  if (only('maximumFractionDigits') && int(o.maximumFractionDigits, 0, 20)) {
    return { kind: 'fraction', max: o.maximumFractionDigits as number, percent: false, unsigned };
  }
  if (only('style', 'maximumFractionDigits') && o.style === 'percent' && int(o.maximumFractionDigits ?? 0, 0, 20)) {
    return { kind: 'fraction', max: o.maximumFractionDigits ?? 0, percent: true, unsigned };
  }
  return null;
}

function formatShape(v: number, shape: NumberShape): string {
  const tail = shape.kind === 'fraction' && shape.percent ? '%' : '';
  if (Number.isNaN(v)) return `NaN${tail}`;
  const sign = !shape.unsigned && (v < 0 || Object.is(v, -0)) ? '-' : '';
  if (!Number.isFinite(v)) return `${sign}∞${tail}`;
  const d = decimalDigits(v);
  // Percent multiplies the decimal, not the double: 0.145 is 14.5 %, not 14.499999999999998.
  if (tail) d.exp += 2;
  const r = roundDecimal(d, shape.kind === 'sig' ? { sig: shape.max } : { fraction: shape.max });
  return `${sign}${writeDecimal(r)}${tail}`;
}

/**
 * `Intl.NumberFormat(locale, options).format`, written directly for `en-US` when `options` is
 * `{}`, `{ maximumSignificantDigits }`, `{ maximumFractionDigits }` or
 * `{ style: 'percent', maximumFractionDigits }`, each optionally with `signDisplay: 'never'`.
 * The Intl formatter is made on first use only.
 */
export function numberFormatter(locale: string | undefined, options: Intl.NumberFormatOptions = {}): (v: number) => string {
  const shape = isUsEnglish(locale) ? numberShape(options) : null;
  let f: Intl.NumberFormat | undefined;
  const intl = (v: number) => (f ??= new Intl.NumberFormat(locale, options)).format(v);
  // Past 2^53 ICU formats a double's exact integer value, not its shortest decimal: Intl's job.
  if (shape) return (v) => (Math.abs(v) < 2 ** 53 || !Number.isFinite(v) ? formatShape(v, shape) : intl(v));
  return intl;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * `Intl.DateTimeFormat(locale, options).format`, written directly for `en-US` when `options`
 * is `{ month: 'short', day: 'numeric', timeZone: 'UTC' }` ("Jul 1") or the same with
 * `year: 'numeric'` ("Jul 1, 2026"), for years 1000–9999. Anything else goes to Intl.
 */
export function dateFormatter(locale: string | undefined, options: Intl.DateTimeFormatOptions): (t: number) => string {
  let f: Intl.DateTimeFormat | undefined;
  const intl = (t: number) => (f ??= new Intl.DateTimeFormat(locale, options)).format(t);
  const keys = Object.keys(options).sort().join(',');
  const direct =
    isUsEnglish(locale) &&
    options.timeZone === 'UTC' &&
    options.month === 'short' &&
    options.day === 'numeric' &&
    (keys === 'day,month,timeZone' || (keys === 'day,month,timeZone,year' && options.year === 'numeric'));
  if (!direct) return intl;
  const withYear = options.year !== undefined;
  return (t) => {
    const d = new Date(t);
    const y = d.getUTCFullYear();
    if (!(y >= 1000 && y <= 9999)) return intl(t);
    const md = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
    return withYear ? `${md}, ${y}` : md;
  };
}
