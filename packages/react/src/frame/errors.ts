import { explainError, type ErrorMessages, type ExplainedError } from '@sextant/core';

/** What the in-widget error state shows: a title line, the message and (when known) the code. */
export interface WidgetErrorInfo {
  /** The technical message (the error's own). */
  message: string;
  code: string | undefined;
}

/** The technical side of an error, read by shape (works with a SextantError from another copy of core). */
export function describeError(error: unknown): WidgetErrorInfo {
  const x = explainError(error);
  return { message: x.technical, code: x.code };
}

/** The sentence for people and the technical message, from core's catalogue plus the widget's or host's sentences. */
export function explain(error: unknown, messages?: ErrorMessages, params?: Record<string, string | number>): ExplainedError {
  try {
    return explainError(error, { messages, params });
  } catch {
    // The host's sentences were not usable (not an object of strings): core's own ones still explain the error.
    return explainError(error);
  }
}

/** One line for the console: which widget refused what, with the error object for its stack and fields. */
export function logRefusal(widget: string, error: unknown, technical: string): void {
  console.error(`[Sextant] ${widget}: ${technical}`, error);
}
