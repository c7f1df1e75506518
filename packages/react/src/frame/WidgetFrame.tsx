import { SextantError, type ErrorMessages } from '@sextant/core';
import { forwardRef, useId, useRef, type CSSProperties, type ErrorInfo, type HTMLAttributes, type ReactNode } from 'react';
import { useSextantContext } from '../theme';
import { useClamped } from '../hooks/useClamped';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorNotice } from './ErrorNotice';
import { checkFrameProps, safeChildren, textOf, type SafeFrameProps } from './props';

/** Props every widget shares: the root is a `<section>` and takes any of its attributes. */
export interface WidgetBaseProps extends Omit<HTMLAttributes<HTMLElement>, 'title' | 'children' | 'defaultValue' | 'onChange'> {
  /** Visible heading and accessible name of the widget. */
  title?: string;
  /** One sentence under the title, also the accessible description. */
  description?: string;
  /** Keep the title for screen readers but do not show it. @default false */
  hideTitle?: boolean;
  /** Heading level of the title. @default 3 */
  headingLevel?: 1 | 2 | 3 | 4 | 5 | 6;
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
    style,
    children,
    ...rest
  },
  ref,
) {
  const { theme } = useSextantContext();
  const id = useId();
  widget = textOf(widget, 'widget');
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  // The frame checks what it renders itself before rendering it: on the server no error
  // boundary runs, and on the client a throw while React writes the root's attributes or
  // style escapes every boundary inside the widget and unmounts the host's root.
  const p = safeCheck({ title, description, hideTitle, headingLevel, className, style, errorMessages, onRenderError, rest });
  const Heading = `h${p.headingLevel ?? 3}` as 'h3';
  // A title cut at three lines (CSS) keeps its whole text for assistive technology, shows it
  // on hover, and takes a tab stop so the keyboard can reveal it too.
  const titleRef = useRef<HTMLHeadingElement>(null);
  const titleClamped = useClamped(titleRef, p.titleText) && !p.hideTitle;
  const shown = p.error ?? (error === null ? undefined : error);
  const hasError = shown !== undefined;
  const label = p.rest['aria-label'];
  const labelledBy = label ? undefined : p.title !== undefined ? titleId : undefined;
  const describedBy =
    [p.rest['aria-describedby'], p.description !== undefined ? descId : undefined].filter(Boolean).join(' ') || undefined;
  const boundaryKeys = Array.isArray(resetKeys) ? resetKeys : [];
  // The host's logger runs in React's commit phase, where a throw would escape every boundary.
  const report = (e: unknown, info: ErrorInfo) => {
    try {
      p.onRenderError?.(e, info);
    } catch (hostError) {
      console.error(`[Sextant] ${widget}: onRenderError threw`, hostError);
    }
  };

  // A refusal (the error prop) is logged by the notice; React has logged a caught render error already.
  const renderError = (e: unknown, log: boolean) => (
    <ErrorNotice error={e} widget={widget} title={p.titleText} messages={p.errorMessages} log={log} />
  );
  // Actions are the widget's own controls; a caller's stray `actions` prop must not break the header.
  const headerActions = safeChildren(hasError ? actionsOnError : actions);

  return (
    <section
      ref={ref}
      data-sextant-widget={widget}
      data-state={hasError ? 'error' : 'ready'}
      data-sextant-theme={theme === 'inherit' ? undefined : theme}
      aria-labelledby={labelledBy}
      {...p.rest}
      aria-describedby={describedBy}
      className={['sextant-widget', `sextant-${widget}`, p.className].filter(Boolean).join(' ')}
      style={p.style as CSSProperties | undefined}
    >
      {/* The header is inside a boundary too: a title element or an action that throws stays in the widget. */}
      <ErrorBoundary resetKeys={[title, description, ...boundaryKeys]} fallback={(e) => renderError(e, false)} onError={report}>
        {p.title !== undefined || p.description !== undefined || headerActions ? (
          <header className="sextant-widget__header">
            <div>
              {p.title !== undefined ? (
                <Heading
                  ref={titleRef}
                  id={titleId}
                  className={p.hideTitle ? 'sextant-widget__title sextant-visually-hidden' : 'sextant-widget__title'}
                  data-clamped={titleClamped || undefined}
                  title={titleClamped ? p.titleText : undefined}
                  tabIndex={titleClamped ? 0 : undefined}
                >
                  {p.title}
                </Heading>
              ) : null}
              {p.description !== undefined ? (
                <p id={descId} className="sextant-widget__description">
                  {p.description}
                </p>
              ) : null}
            </div>
            {headerActions ? <div className="sextant-widget__actions">{headerActions}</div> : null}
          </header>
        ) : null}
        <div className="sextant-widget__body">
          {hasError ? (
            renderError(shown, true)
          ) : (
            <ErrorBoundary resetKeys={boundaryKeys} fallback={(e) => renderError(e, false)} onError={report}>
              {children}
            </ErrorBoundary>
          )}
        </div>
      </ErrorBoundary>
    </section>
  );
});

/** checkFrameProps, and if even reading the props throws (a hostile proxy), a frame with nothing of the caller's but the error. */
function safeCheck(props: Parameters<typeof checkFrameProps>[0]): SafeFrameProps {
  try {
    return checkFrameProps(props);
  } catch (e) {
    return {
      title: undefined,
      titleText: '',
      description: undefined,
      headingLevel: undefined,
      hideTitle: undefined,
      className: undefined,
      style: undefined,
      errorMessages: undefined,
      onRenderError: undefined,
      rest: {},
      error:
        e instanceof SextantError
          ? e
          : new SextantError('INVALID_OPTION', 'the widget props could not be read', { argument: 'props' }),
    };
  }
}
