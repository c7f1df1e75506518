import { errorText, SextantError, type ErrorMessages } from '@sextant/core';
import { useEffect, useMemo, type HTMLAttributes } from 'react';
import { explain, logRefusal } from './errors';

/** A row a widget could not use, and why. */
export interface RowProblem {
  /** Index of the row in the input. */
  index: number;
  /** What its check threw (usually a SextantError from core). */
  error: unknown;
}

/** Rows split into those that passed their check and those that did not. */
export interface ScreenedRows<T> {
  /** The rows that passed, in input order. */
  ok: T[];
  /** Input index of each row in `ok`. */
  okIndices: number[];
  /** The first `maxProblems` rows that failed, in input order. */
  problems: RowProblem[];
  /** How many rows failed in all (may exceed `problems.length`). */
  problemCount: number;
}

/**
 * Check each row of a widget's input with `check` (which throws for a bad row, as core's
 * validators do) and keep the good ones, so one bad member, card or risk is flagged in
 * place while the rest renders. Refuses a non-array with `INVALID_OPTION` naming
 * `argument`; keeps at most `maxProblems` problems (default 50), counting the rest.
 *
 * @example
 * ```ts
 * const { ok, problems } = screenRows([1, -2, 3], (n, i) => {
 *   if (n < 0) throw new SextantError('INVALID_VALUE', `values[${i}] is negative`, { argument: `values[${i}]`, value: n });
 * });
 * // ok: [1, 3]; problems: [{ index: 1, error }] — render ok, and a <RowIssue error={error} /> where row 1 was
 * ```
 */
export function screenRows<T>(
  rows: readonly T[],
  check: (row: T, index: number) => void,
  options: { argument?: string; maxProblems?: number } = {},
): ScreenedRows<T> {
  if (!Array.isArray(rows)) {
    throw new SextantError('INVALID_OPTION', `${options.argument ?? 'rows'} must be an array`, {
      argument: options.argument ?? 'rows',
    });
  }
  const max = options.maxProblems ?? 50;
  const out: ScreenedRows<T> = { ok: [], okIndices: [], problems: [], problemCount: 0 };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    try {
      check(row, i);
      out.ok.push(row);
      out.okIndices.push(i);
    } catch (error) {
      out.problemCount++;
      if (out.problems.length < max) out.problems.push({ index: i, error });
    }
  }
  return out;
}

/** Props of {@link RowIssue}. */
export interface RowIssueProps extends HTMLAttributes<HTMLDivElement> {
  /** What the row's check threw. */
  error: unknown;
  /** Widget name for the console line. */
  widget: string;
  /** Sentences that replace core's `DEFAULT_ERROR_MESSAGES` (same keys); `{name}` is the `name` below. */
  messages?: ErrorMessages;
  /** The row's display name, for sentences that use `{name}`. */
  name?: string;
  /** Log the technical message with `console.error`. @default true */
  log?: boolean;
}

/**
 * A bad row flagged in place: a warning mark and one plain sentence where the row would be,
 * the technical message behind a small `<details>`, and the same in `console.error`. The
 * rest of the widget renders as usual.
 */
export function RowIssue({ error, widget, messages, name, log = true, className, ...rest }: RowIssueProps) {
  const x = useMemo(() => explain(error, messages, name === undefined ? undefined : { name }), [error, messages, name]);
  useEffect(() => {
    if (log) logRefusal(widget, error, x.technical);
  }, [log, widget, error, x.technical]);
  return (
    <div className={className ? `sextant-row-issue ${className}` : 'sextant-row-issue'} data-code={x.code} {...rest}>
      <span className="sextant-row-issue__icon" aria-hidden="true">
        !
      </span>
      <span className="sextant-row-issue__text">{x.sentence}</span>
      <details className="sextant-row-issue__details">
        <summary>{errorText('ROW_DETAILS', {}, messages)}</summary>
        <code>{x.technical}</code>
      </details>
    </div>
  );
}
