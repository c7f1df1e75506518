/**
 * Refusals explained to the people who see them: a plain-language sentence for a
 * {@link SextantError}, chosen from a message catalogue by its code and the argument it
 * names, with the technical message kept beside it for the details view and the log.
 */
import { isSextantError, type SextantErrorCode } from './errors';

/**
 * Sentences keyed by what went wrong, most specific first when looked up:
 * `'CODE:root.field'` (e.g. `'UNKNOWN_TIME_ZONE:members.timeZone'`), `'CODE:field'`
 * (`'UNKNOWN_TIME_ZONE:timeZone'`), `'CODE:root'`, `'CODE'`, then `'UNKNOWN'` for anything
 * that is not a SextantError. Placeholders: `{value}` (the refused value, shortened),
 * `{argument}`, `{field}`, `{position}` (1-based index), and any `params` passed in.
 * A placeholder with nothing to fill it is removed with the `: ` or ` ` before it.
 */
export type ErrorMessages = Readonly<Record<string, string>>;

/** The default sentences: short, without jargon, in British English like the rest of Sextant's text. */
export const DEFAULT_ERROR_MESSAGES: ErrorMessages = /* @__PURE__ */ Object.freeze({
  EMPTY_INPUT: 'There is nothing to show yet.',
  LENGTH_MISMATCH: "Two lists that should line up don't have the same length.",
  NON_FINITE: 'A number is missing or not a real number: {value}',
  INVALID_OPTION: "A setting isn't valid: {value}",
  INVALID_LABEL: "A label isn't one this view can use: {value}",
  UNKNOWN_TIME_ZONE: "A time zone isn't recognised: {value}",
  INVALID_INTERVAL: 'The start of the period must come before its end.',
  WIP_LIMIT: 'That column is at its work-in-progress limit.',
  NOT_FOUND: "Something this view refers to doesn't exist: {value}",
  INVALID_STATE: "The saved data couldn't be loaded; it may be damaged or from another version.",
  INVALID_VALUE: "A value isn't valid: {value}",
  UNDEFINED_METRIC: "This measure isn't defined for this data.",
  UNKNOWN: 'Something went wrong while preparing this view.',
  // The frame around a sentence: the error state's first line and the disclosure's label.
  VIEW_TITLE: "{title} can't be shown",
  VIEW_TITLE_UNNAMED: "This view can't be shown",
  DETAILS: 'Technical details',
  ROW_DETAILS: 'Details',
  // Team members (schedule): say which thing the person should fix, in their words.
  'UNKNOWN_TIME_ZONE:members.timeZone': "One team member's time zone isn't recognised: {value}",
  'INVALID_OPTION:members.timeZone': "One team member's time zone is missing or isn't a zone name: {value}",
  'INVALID_OPTION:members.workHours': "One team member's working hours aren't valid: {value}",
  'INVALID_OPTION:members.workHours.start': "One team member's start of work isn't a time like 09:00: {value}",
  'INVALID_OPTION:members.workHours.end': "One team member's end of work isn't a time like 17:30: {value}",
  'INVALID_OPTION:members.workDays': "One team member's working days aren't valid: {value}",
  'INVALID_OPTION:members.holidays': "One team member's days off aren't dates like 2026-12-24: {value}",
  'INVALID_OPTION:members.id': 'Each team member needs an id of their own: {value}',
  'INVALID_OPTION:members.location': "One team member's place isn't text.",
  'INVALID_OPTION:members.name': "One team member's name isn't text.",
  'INVALID_OPTION:members': 'One entry in the team list is not a team member.',
  'EMPTY_INPUT:members': 'There are no team members to show yet.',
  'INVALID_OPTION:timeZone': "The time zone isn't a zone name: {value}",
  'UNKNOWN_TIME_ZONE:timeZone': "The time zone isn't recognised: {value}",
  'INVALID_OPTION:date': "The date isn't one that can be shown: {value}",
  'INVALID_VALUE:date': "The date isn't one that can be shown: {value}",
  'INVALID_OPTION:now': "The current time passed to this view isn't valid: {value}",
  'INVALID_VALUE:now': "The current time passed to this view isn't valid: {value}",
});

/** A refusal taken apart for display. */
export interface ExplainedError {
  /** The plain-language sentence for the person looking at the widget. */
  sentence: string;
  /** The technical message (the error's own), for a details disclosure and the log. */
  technical: string;
  /** The SextantError code, or `undefined` for any other error. */
  code: SextantErrorCode | undefined;
  /** The argument the error names, as given (`'members[2] (id "kai").timeZone'`). */
  argument: string | undefined;
  /** The argument's first name (`'members'`). */
  root: string | undefined;
  /** The field inside an item, indices dropped (`'timeZone'`, `'workHours.start'`). */
  field: string | undefined;
  /** The first offending index, from the error's `index` or the argument's `[n]`. */
  index: number | undefined;
  /** The refused value as short text (strings and numbers only; ≤ 60 characters). */
  value: string | undefined;
  /** The catalogue key that gave the sentence. */
  key: string;
}

/** Options of {@link explainError}. */
export interface ExplainErrorOptions {
  /** Sentences that replace or add to {@link DEFAULT_ERROR_MESSAGES}, same keys. */
  messages?: ErrorMessages;
  /** Extra placeholder values, e.g. `{ name: 'Kai' }` for a widget's own sentence. */
  params?: Readonly<Record<string, string | number>>;
}

const MAX_VALUE = 60;

function shortValue(v: unknown): string | undefined {
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return undefined;
  // One line, and short: a 10 kB string must not become a 10 kB sentence.
  const line = v.replace(/\s+/g, ' ');
  return line.length > MAX_VALUE ? `${line.slice(0, MAX_VALUE - 1)}…` : line;
}

/** `'members[2] (id "kai").workHours.start'` → root `members`, index 2, field `workHours.start`. */
function parseArgument(argument: string): { root: string | undefined; index: number | undefined; field: string | undefined } {
  const head = /^([A-Za-z_$][\w$]*)(?:\[(\d+)\])?/.exec(argument);
  if (!head) return { root: undefined, index: undefined, field: undefined };
  const root = head[1];
  const index = head[2] === undefined ? undefined : Number(head[2]);
  // An item's description (`(id "…")`) may hold any text; the field follows its last `).`.
  const close = argument.lastIndexOf(').');
  const tail = close >= 0 ? argument.slice(close + 2) : argument.slice(head[0].length).replace(/^\./, '');
  const field = tail.replace(/\[\d+\]/g, '') || undefined;
  return { root, index, field };
}

/**
 * The own entries of `v` whose values are of `type`, in a null-prototype record; nothing when
 * `v` is not a plain record or reading it throws (a Proxy, a getter): the helpers below take
 * options from any caller and never throw. (A string is not a record: `Object.assign` would
 * copy its 10,000 characters one key at a time.)
 */
function safeRecord<T>(v: unknown, keep: (x: unknown) => x is T): Record<string, T> {
  const out = Object.create(null) as Record<string, T>;
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return out;
  try {
    for (const k of Object.keys(v)) {
      const x = (v as Record<string, unknown>)[k];
      if (keep(x)) out[k] = x;
    }
  } catch {
    return Object.create(null) as Record<string, T>;
  }
  return out;
}

const isString = (x: unknown): x is string => typeof x === 'string';
const isText = (x: unknown): x is string | number => typeof x === 'string' || typeof x === 'number';
const isAny = (x: unknown): x is unknown => x !== undefined;

function fill(template: string, values: Readonly<Record<string, string | number | undefined>>): string {
  return template
    .replace(/(:\s|\s)?\{(\w+)\}/g, (whole, lead: string | undefined, name: string) => {
      const v = Object.prototype.hasOwnProperty.call(values, name) ? values[name] : undefined;
      return v === undefined || v === '' ? '' : `${lead ?? ''}${v}`;
    })
    .trim();
}

/**
 * A catalogue entry with its placeholders filled (`{title}` and the like), for the text
 * around an explained error; a key missing from `messages` falls back to the default.
 *
 * @example
 * ```ts
 * errorText('VIEW_TITLE', { title: 'Team hours' }); // "Team hours can't be shown"
 * ```
 */
export function errorText(key: string, params: Readonly<Record<string, string | number>> = {}, messages?: ErrorMessages): string {
  // Any key, params or messages (a Proxy, null, a 10 kB string): '' or a sentence, never a throw.
  if (typeof key !== 'string') return '';
  const own = safeRecord(messages, isString)[key];
  const base = Object.prototype.hasOwnProperty.call(DEFAULT_ERROR_MESSAGES, key) ? DEFAULT_ERROR_MESSAGES[key] : undefined;
  const template = own ?? base;
  return template === undefined ? '' : fill(template, safeRecord(params, isText));
}

/**
 * Turn any thrown value into a sentence for the person looking at the widget, plus the
 * technical message for a details disclosure and `console.error`. Reads a SextantError by
 * shape (`name`, `code`, `argument`, `index`, `value`), so an error from another copy of
 * core works too. Never throws.
 *
 * @example
 * ```ts
 * const e = new SextantError('UNKNOWN_TIME_ZONE', 'members[2] (id "kai").timeZone is not a time zone this runtime knows: "Olympus/Mons"', {
 *   argument: 'members[2] (id "kai").timeZone',
 *   value: 'Olympus/Mons',
 * });
 * explainError(e).sentence; // "One team member's time zone isn't recognised: Olympus/Mons"
 * explainError(e).index; // 2
 * explainError(e, { messages: { 'UNKNOWN_TIME_ZONE:members.timeZone': '{name} is in an unknown zone ({value})' }, params: { name: 'Kai' } }).sentence;
 * // 'Kai is in an unknown zone (Olympus/Mons)'
 * explainError(new Error('boom')).sentence; // 'Something went wrong while preparing this view.'
 * ```
 */
export function explainError(error: unknown, options: ExplainErrorOptions = {}): ExplainedError {
  // Options are read once, own string entries only: a hostile options object cannot throw here.
  const opts = safeRecord(options, isAny);
  const catalogue: Record<string, string> = Object.assign(
    Object.create(null),
    DEFAULT_ERROR_MESSAGES,
    safeRecord(opts.messages, isString),
  );
  const params = safeRecord(opts.params, isText);
  let technical: string;
  try {
    technical = error instanceof Error ? error.message || error.name : typeof error === 'string' ? error : 'Unknown error';
  } catch {
    technical = 'Unknown error';
  }
  if (!isSextantError(error)) {
    const key = 'UNKNOWN';
    return {
      sentence: fill(catalogue[key] ?? DEFAULT_ERROR_MESSAGES.UNKNOWN, { ...params }),
      technical,
      code: undefined,
      argument: undefined,
      root: undefined,
      field: undefined,
      index: undefined,
      value: undefined,
      key,
    };
  }
  const code = error.code;
  const argument = typeof error.argument === 'string' ? error.argument : undefined;
  const parsed = argument ? parseArgument(argument) : { root: undefined, index: undefined, field: undefined };
  const index = typeof error.index === 'number' && Number.isInteger(error.index) ? error.index : parsed.index;
  const value = shortValue(error.value);
  const candidates = [
    parsed.root && parsed.field ? `${code}:${parsed.root}.${parsed.field}` : undefined,
    parsed.field ? `${code}:${parsed.field}` : undefined,
    parsed.root ? `${code}:${parsed.root}` : undefined,
    code,
    'UNKNOWN',
  ];
  const key = candidates.find((k): k is string => k !== undefined && typeof catalogue[k] === 'string') ?? 'UNKNOWN';
  const sentence = fill(catalogue[key] ?? DEFAULT_ERROR_MESSAGES.UNKNOWN, {
    ...params,
    value,
    argument,
    field: parsed.field,
    position: index === undefined ? undefined : index + 1,
  });
  return { sentence, technical, code, argument, root: parsed.root, field: parsed.field, index, value, key };
}
