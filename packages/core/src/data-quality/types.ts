/**
 * The shapes of data quality: the schema rows are measured against, and the profile
 * {@link profileDataQuality} returns. Plain JSON.
 */

/** The value types a schema field may require. `'date'`: an instant — epoch milliseconds, an ISO 8601 string with `Z` or an offset — or a valid Date. */
export type DataQualityFieldType = 'number' | 'integer' | 'string' | 'boolean' | 'date';

/** What a field's values must satisfy. Every check is optional. */
export interface DataQualityField {
  /** Required type; `'integer'` is a whole finite number. @default undefined (any type) */
  type?: DataQualityFieldType;
  /** A missing value is also invalid (reason `'required'`). @default false */
  required?: boolean;
  /** Smallest allowed value: a number, or for `'date'` an instant (ISO 8601 with `Z` or an offset, epoch ms) or a Date. @default undefined */
  min?: number | string | Date;
  /** Largest allowed value (inclusive), as `min`. @default undefined */
  max?: number | string | Date;
  /** Shortest allowed string (UTF-16 length). @default undefined */
  minLength?: number;
  /** Longest allowed string. @default undefined */
  maxLength?: number;
  /** The allowed values, compared by strict identity (`1` and `'1'` differ). @default undefined */
  enum?: readonly (string | number | boolean)[];
  /** A RegExp (or its source) the value must match; unanchored like `RegExp#test`, so write `^…$` for whole values. @default undefined */
  pattern?: RegExp | string;
}

/** A consistency rule given as a function of the row; true means consistent. */
export interface ConsistencyCheckRule {
  name?: string;
  check: (row: Readonly<Record<string, unknown>>, index: number) => boolean;
}

/**
 * A declarative rule comparing two fields of the same row, e.g.
 * `{ field: 'startedAt', lessThanOrEqual: 'finishedAt' }`. Give exactly one comparison.
 * Numbers compare as numbers; dates (fields of type `'date'`, Date objects, or two ISO 8601 instants)
 * by instant; other strings by code point. Rows where either side is missing, or the two are
 * not comparable, are skipped (completeness and validity report them).
 */
export interface ConsistencyCompareRule {
  name?: string;
  field: string;
  lessThan?: string;
  lessThanOrEqual?: string;
  greaterThan?: string;
  greaterThanOrEqual?: string;
  equals?: string;
  notEquals?: string;
}

export type ConsistencyRule = ConsistencyCheckRule | ConsistencyCompareRule;

/** How fresh the newest record must be. */
export interface TimelinessRule {
  /** The timestamp field, one of `fields` (instants: ISO 8601 with `Z` or an offset, or epoch ms; or Dates). Other values count as unparseable. */
  field: string;
  /** Newest record older than this → the score starts to fall. */
  maxAgeHours: number;
  /** Hours over which the score falls linearly from 1 to 0 once `maxAgeHours` is passed; 0 makes it a step. @default maxAgeHours */
  decayHours?: number;
}

/** The schema {@link profileDataQuality} measures the rows against. */
export interface DataQualitySchema {
  /** Field name → rules. Completeness and validity are measured over these fields. */
  fields: Record<string, DataQualityField>;
  /**
   * Keys that must be unique: a field name, or an array of names for a composite key. Every
   * name must be a field of `fields`; a key named twice is refused (`INVALID_OPTION`). @default []
   */
  keys?: readonly (string | readonly string[])[];
  /** Cross-field consistency rules; the fields a comparison names must be fields of `fields`. @default [] */
  rules?: readonly ConsistencyRule[];
  /** Freshness of the newest record. @default undefined (not measured) */
  timeliness?: TimelinessRule;
}

/** Options of {@link profileDataQuality}. */
export interface ProfileDataQualityOptions {
  /** The present, as an instant (ISO 8601 with `Z` or an offset, or epoch ms); required when the schema has `timeliness`. */
  now?: string | number;
  /** How many offending row indices to keep per field, key and rule. @default 5 */
  maxExamples?: number;
  /** Strings that are empty or only whitespace count as missing. @default true */
  emptyStringIsMissing?: boolean;
}

/** Why a value failed validation (the first failing check, in this order). */
export type InvalidReason = 'required' | 'type' | 'min' | 'max' | 'minLength' | 'maxLength' | 'enum' | 'pattern';

/** An offending value, as plain JSON. */
export interface InvalidExample {
  row: number;
  reason: InvalidReason;
  /** The value itself when a string, finite number, boolean or null; else a short rendering. */
  value: string | number | boolean | null;
}

/** Completeness and validity of one field. */
export interface FieldQuality {
  present: number;
  missing: number;
  /** present / rows. */
  completeness: number;
  /** Values validated: the present ones, plus the missing ones of a required field. */
  checked: number;
  invalid: number;
  /** 1 − invalid / checked (1 when nothing was checked). */
  validity: number;
  /** Failures per reason (reasons with none are left out). */
  invalidByReason: Partial<Record<InvalidReason, number>>;
  /** First row indices with a missing value. */
  missingRows: number[];
  /** First invalid values. */
  invalidExamples: InvalidExample[];
}

/** Uniqueness of one key. */
export interface KeyQuality {
  fields: string[];
  /** Rows whose key has no missing part. */
  checked: number;
  /** Rows skipped because part of the key is missing. */
  missing: number;
  distinct: number;
  /** Rows repeating a key seen in an earlier row (checked − distinct). */
  duplicates: number;
  /** distinct / checked (1 when nothing was checked). */
  uniqueness: number;
  /** First duplicates: the row and the earlier row whose key it repeats. */
  examples: { row: number; firstRow: number }[];
}

/** One consistency rule's outcome. */
export interface RuleQuality {
  name: string;
  checked: number;
  /** Rows a comparison rule could not judge (a side missing, or values of different kinds). */
  skipped: number;
  failed: number;
  /** 1 − failed / checked (1 when nothing was checked). */
  passRate: number;
  failedRows: number[];
}

/** Freshness of the newest record. */
export interface TimelinessQuality {
  field: string;
  /** 1 up to `maxAgeHours`, then falling linearly to 0 over `decayHours`; 0 when no timestamp parses. */
  score: number;
  /** The newest timestamp (ISO, UTC), or null when none parses. */
  newest: string | null;
  now: string;
  /** Age of the newest record in hours (negative when it lies in the future), or null. */
  ageHours: number | null;
  maxAgeHours: number;
  decayHours: number;
  /** ageHours ≤ maxAgeHours. */
  fresh: boolean;
  /** Present timestamps that did not parse. */
  unparseable: number;
  /** Timestamps later than `now`. */
  futureRows: number;
}

/** The dimensions of data quality measured here. */
export type DataQualityDimension = 'completeness' | 'validity' | 'consistency' | 'timeliness' | 'uniqueness';

/** The result of {@link profileDataQuality}. Plain JSON. */
export interface DataQualityProfile {
  rowCount: number;
  /** Each dimension on 0…1; null where the schema does not ask for it (no keys, rules or timeliness). */
  scores: Record<DataQualityDimension, number | null>;
  /** Present cells / (rows × schema fields). */
  completeness: { score: number; missingCells: number; totalCells: number };
  /** 1 − invalid cells / checked cells over all schema fields. */
  validity: { score: number; invalidCells: number; checkedCells: number };
  /** 1 − duplicate rows / checked rows over all keys. */
  uniqueness: { score: number; keys: KeyQuality[] } | null;
  /** 1 − failures / checks over all rules. */
  consistency: { score: number; rules: RuleQuality[] } | null;
  timeliness: TimelinessQuality | null;
  /** Per field, keyed by field name: a null-prototype object (plain JSON), so a field named `__proto__` keeps its entry. */
  fields: Record<string, FieldQuality>;
  /** Property names found in rows but not in the schema, sorted. */
  unknownFields: string[];
}
