import type { ErrorMessages } from '@sextant/core';
import { forwardRef, useId, type ErrorInfo, type HTMLAttributes, type ReactNode } from 'react';
import { useSextantContext } from '../theme';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorNotice } from './ErrorNotice';

/** Props every widget shares: the root is a `<section>` and takes any of its attributes. */
export interface WidgetBaseProps extends Omit<HTMLAttributes<HTMLElement>, 'title' | 'children' | 'defaultValue' | 'onChange'> {
  /** Visible heading and accessible name of the widget. */
  title?: string;
  /** One sentence under the title, also the accessible description. */
  description?: string;
  /** Keep the title for screen readers but do not show it. @default false */
  hideTitle?: boolean;
  /** Heading level of the title. @default 3 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Called when the widget catches an unexpected render error (for the host's logging). */
  onRenderError?: (error: unknown, info: ErrorInfo) => void;
  /**
   * Sentences for the error state, replacing core's `DEFAULT_ERROR_MESSAGES` key by key
   * (e.g. `{ 'UNKNOWN_TIME_ZONE:members.timeZone': "{value} isn't a zone we know" }`, or
   * `VIEW_TITLE` / `DETAILS` for the text around it).
   */
  errorMessages?: ErrorMessages;
}

/** Props of {@link WidgetFrame}. */
export interface WidgetFrameProps extends WidgetBaseProps {
  /** Stable widget name, used for the class `sextant-<widget>` and `data-sextant-widget`. */
  widget: string;
  /** A refusal found while computing the widget's model: shown instead of the children. */
  error?: unknown;
  /** Controls placed in the header, right of the title. */
  actions?: ReactNode;
  /**
   * Controls that stay in the header while the error state shows, because they can fix the
   * error (a day picker whose date was refused). @default none: `actions` hide on error
   */
  actionsOnError?: ReactNode;
  /** Values whose change clears a caught render error. */
  resetKeys?: readonly unknown[];
  children?: ReactNode;
}

/**
 * The shell of every Sextant widget: themed card, heading and description wired to
 * `aria-labelledby` / `aria-describedby`, width that follows the container (a CSS
 * container, so parts can use `@container` queries), and an in-widget error state for bad
 * props or an unexpected render error, so the host page keeps rendering. The error state
 * says what went wrong in plain language (core's `explainError`), with the technical
 * message behind a "Technical details" disclosure and in `console.error`.
 *
 * Rest props land on the root `<section>`; `ref` is forwarded to it.
 */
export const WidgetFrame = /* @__PURE__ */ forwardRef<HTMLElement, WidgetFrameProps>(function WidgetFrame(
  {
    widget,
    title,
    description,
    hideTitle = false,
    headingLevel = 3,
    error,
    actions,
    actionsOnError,
    resetKeys = [],
    onRenderError,
    errorMessages,
    className,
    children,
    ...rest
  },
  ref,
) {
  const { theme } = useSextantContext();
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const Heading = `h${headingLevel}` as 'h3';
  const hasError = error !== undefined && error !== null;
  const labelledBy = rest['aria-label'] ? undefined : title ? titleId : undefined;
  const describedBy = [rest['aria-describedby'], description ? descId : undefined].filter(Boolean).join(' ') || undefined;

  // A refusal (the error prop) is logged by the notice; React has logged a caught render error already.
  const renderError = (e: unknown, log: boolean) => (
    <ErrorNotice error={e} widget={widget} title={title} messages={errorMessages} log={log} />
  );
  const headerActions = hasError ? actionsOnError : actions;

  return (
    <section
      ref={ref}
      data-sextant-widget={widget}
      data-state={hasError ? 'error' : 'ready'}
      data-sextant-theme={theme === 'inherit' ? undefined : theme}
      aria-labelledby={labelledBy}
      {...rest}
      aria-describedby={describedBy}
      className={['sextant-widget', `sextant-${widget}`, className].filter(Boolean).join(' ')}
    >
      {title || description || headerActions ? (
        <header className="sextant-widget__header">
          <div>
            {title ? (
              <Heading
                id={titleId}
                className={hideTitle ? 'sextant-widget__title sextant-visually-hidden' : 'sextant-widget__title'}
              >
                {title}
              </Heading>
            ) : null}
            {description ? (
              <p id={descId} className="sextant-widget__description">
                {description}
              </p>
            ) : null}
          </div>
          {headerActions ? <div className="sextant-widget__actions">{headerActions}</div> : null}
        </header>
      ) : null}
      <div className="sextant-widget__body">
        {hasError ? (
          renderError(error, true)
        ) : (
          <ErrorBoundary resetKeys={resetKeys} fallback={(e) => renderError(e, false)} onError={onRenderError}>
            {children}
          </ErrorBoundary>
        )}
      </div>
    </section>
  );
});
