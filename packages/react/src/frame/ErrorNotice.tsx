import { errorText, type ErrorMessages } from '@sextant/core';
import { useEffect, useMemo } from 'react';
import { explain, logRefusal } from './errors';

/** Props of {@link ErrorNotice}. */
export interface ErrorNoticeProps {
  error: unknown;
  /** Widget name for the console line (`[Sextant] timezone-planner: …`). */
  widget: string;
  /** The first line; the widget's title makes it `"<title> can't be shown"`. */
  title?: string;
  /** Sentences that replace core's `DEFAULT_ERROR_MESSAGES` (same keys). */
  messages?: ErrorMessages;
  /** Log the technical message with `console.error` (off for errors React has logged already). @default true */
  log?: boolean;
}

/**
 * The in-widget error state: a plain-language sentence (core's `explainError`), the
 * technical message and code behind a `<details>` disclosure, and the same message in
 * `console.error` for whoever debugs the page.
 */
export function ErrorNotice({ error, widget, title, messages, log = true }: ErrorNoticeProps) {
  const x = useMemo(() => explain(error, messages), [error, messages]);
  useEffect(() => {
    if (log) logRefusal(widget, error, x.technical);
  }, [log, widget, error, x.technical]);
  const heading = title ? errorText('VIEW_TITLE', { title }, messages) : errorText('VIEW_TITLE_UNNAMED', {}, messages);
  return (
    <div className="sextant-widget__error" role="alert" data-code={x.code}>
      <span className="sextant-widget__error-icon" aria-hidden="true">
        !
      </span>
      <div className="sextant-widget__error-text">
        <p className="sextant-widget__error-title">{heading}</p>
        <p className="sextant-widget__error-message">{x.sentence}</p>
        <details className="sextant-widget__error-details">
          <summary>{errorText('DETAILS', {}, messages)}</summary>
          <p className="sextant-widget__error-technical">
            <code>{x.technical}</code>
          </p>
          {x.code ? <span className="sextant-widget__error-code">{x.code}</span> : null}
        </details>
      </div>
    </div>
  );
}
