import { SextantError } from '@sextant/core';
import { isValidElement, type ErrorInfo, type ReactNode } from 'react';

/*
 * Props are checked before anything renders: error boundaries do not run under
 * renderToString, and on the client a throw while React writes an attribute or a style
 * of the root element is not caught by a boundary inside that element. A prop React
 * itself would throw on (a style string, an object without toString, a symbol) is
 * dropped from what reaches the DOM and reported in the widget's error state.
 */

const HEADING_LEVELS: readonly unknown[] = [1, 2, 3, 4, 5, 6];

// A style key is a CSS property in camelCase (vendor prefixes too) or a custom property.
// React assigns each to element.style, where `length` and `parentRule` are getters only:
// in strict mode the assignment throws, outside any boundary.
const STYLE_KEY = /^(--[^\s:;]+|-?[A-Za-z][A-Za-z0-9]*)$/;
const READ_ONLY_STYLE: ReadonlySet<string> = new Set(['length', 'parentRule']);

/** A short, throw-proof description of a bad value for a message (no toString on null-prototype objects). */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
    case 'number':
    case 'boolean':
    case 'undefined':
    case 'bigint':
      return String(value);
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      return 'an object';
  }
}

/** The refusal of a prop; primitives ride along so the error state can quote them. */
export function refuse(
  prop: string,
  expected: string,
  value: unknown,
  code: 'INVALID_OPTION' | 'NON_FINITE' = 'INVALID_OPTION',
): SextantError {
  return new SextantError(code, `${prop} must be ${expected}; got ${describeValue(value)}`, {
    argument: prop,
    value:
      typeof value === 'string'
        ? value.length > 200
          ? `${value.slice(0, 199)}…`
          : value
        : typeof value === 'number'
          ? value
          : undefined,
  });
}

/** A plain object literal (or a null-prototype one): not an array, a class instance, a Map or a proxy of one. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** Text React renders as-is: a string, or a finite number (NaN and ±Infinity would show as words). */
function isText(value: unknown): value is string | number {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

/**
 * A title or description the frame can render whatever happens: a string, a finite number
 * or one React element (rendered inside the frame's safe region, so a throwing element is
 * caught on the client). `null`, `undefined` and `false` mean "none".
 */
function renderableNode(value: unknown): value is ReactNode {
  return isText(value) || isValidElement(value);
}

/**
 * A frame prop as text for the widget's own sentences (a chart's aria-label, a table
 * caption), never throwing: a string as it is, anything else `fallback`. The frame itself
 * reports the bad prop.
 */
export function textOf(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : fallback;
}

/** The heading level a widget may build on (its sub-headings are one deeper): a valid level, else 3. */
export function levelOf(value: unknown): 1 | 2 | 3 | 4 | 5 | 6 {
  return HEADING_LEVELS.includes(value) ? (value as 1 | 2 | 3 | 4 | 5 | 6) : 3;
}

/** What may reach WidgetFrame and the DOM, and the first refusal found on the way. */
export interface SafeFrameProps {
  title: ReactNode;
  /** The title as plain text, for the error state's "<title> can't be shown" ('' when it is an element or absent). */
  titleText: string;
  description: ReactNode;
  headingLevel: 1 | 2 | 3 | 4 | 5 | 6 | undefined;
  hideTitle: boolean | undefined;
  className: string | undefined;
  style: Record<string, unknown> | undefined;
  errorMessages: Record<string, string> | undefined;
  onRenderError: ((error: unknown, info: ErrorInfo) => void) | undefined;
  rest: Record<string, unknown>;
  error: SextantError | undefined;
}

/** Options of {@link checkFrameProps}. */
export interface CheckFramePropsOptions {
  /** The widget cannot do without a title in words (MetricTile: the title is its name). @default false */
  requireTitle?: boolean;
}

/**
 * Check the frame-level props (title, description, heading level, className, style, error
 * sentences) and the rest props bound for the root `<section>`. Never throws: a bad prop is
 * dropped and the first one found is returned as `error`, for the in-widget error state.
 */
export function checkFrameProps(
  props: {
    title: unknown;
    description: unknown;
    headingLevel: unknown;
    hideTitle: unknown;
    className: unknown;
    style: unknown;
    errorMessages: unknown;
    onRenderError?: unknown;
    rest: Record<string, unknown>;
  },
  options: CheckFramePropsOptions = {},
): SafeFrameProps {
  let error: SextantError | undefined;
  const note = (e: SextantError) => {
    error ??= e;
  };
  const none = (v: unknown) => v === undefined || v === null || v === false;

  let title: ReactNode;
  if (options.requireTitle) {
    if (typeof props.title === 'string' && props.title.trim() !== '') title = props.title;
    else note(refuse('title', 'a non-empty string', props.title));
  } else if (renderableNode(props.title)) title = props.title;
  else if (!none(props.title)) note(refuse('title', 'a string or a React element', props.title));
  const titleText = typeof title === 'string' ? title : typeof title === 'number' ? String(title) : '';

  let description: ReactNode;
  if (renderableNode(props.description)) description = props.description;
  else if (!none(props.description)) note(refuse('description', 'a string or a React element', props.description));

  const headingLevel = HEADING_LEVELS.includes(props.headingLevel) ? (props.headingLevel as 1 | 2 | 3 | 4 | 5 | 6) : undefined;
  if (props.headingLevel !== undefined && headingLevel === undefined) {
    note(refuse('headingLevel', 'one of 1, 2, 3, 4, 5, 6', props.headingLevel));
  }
  const hideTitle = typeof props.hideTitle === 'boolean' ? props.hideTitle : undefined;
  if (props.hideTitle !== undefined && hideTitle === undefined) note(refuse('hideTitle', 'a boolean', props.hideTitle));
  const className = typeof props.className === 'string' ? props.className : undefined;
  if (!none(props.className) && className === undefined) note(refuse('className', 'a string', props.className));

  let style = isPlainObject(props.style) ? props.style : undefined;
  if (!none(props.style) && style === undefined) note(refuse('style', 'an object of CSS properties', props.style));
  if (style) {
    const s = style;
    const bad = Object.keys(s).find((k) => {
      const v = s[k];
      if (!STYLE_KEY.test(k) || READ_ONLY_STYLE.has(k)) return true;
      return !(v === undefined || v === null || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)));
    });
    if (bad !== undefined) {
      note(
        STYLE_KEY.test(bad) && !READ_ONLY_STYLE.has(bad)
          ? refuse(`style.${bad}`, 'a string or finite number', s[bad])
          : refuse('style', 'an object of CSS properties', bad),
      );
      style = undefined;
    } else {
      // React calls style.hasOwnProperty: a null-prototype object would throw there.
      style = { ...s };
    }
  }

  let errorMessages = isPlainObject(props.errorMessages) ? props.errorMessages : undefined;
  if (!none(props.errorMessages) && errorMessages === undefined) {
    note(refuse('errorMessages', 'an object of strings', props.errorMessages));
  }
  if (errorMessages) {
    const m = errorMessages;
    const bad = Object.keys(m).find((k) => typeof m[k] !== 'string');
    if (bad !== undefined) {
      note(refuse(`errorMessages.${bad}`, 'a string', m[bad]));
      errorMessages = undefined;
    }
  }

  let onRenderError: SafeFrameProps['onRenderError'];
  if (typeof props.onRenderError === 'function') onRenderError = props.onRenderError as SafeFrameProps['onRenderError'];
  else if (!none(props.onRenderError)) note(refuse('onRenderError', 'a function', props.onRenderError));

  // Rest props become attributes: React throws on an object without toString and on
  // dangerouslySetInnerHTML beside children, so only primitives and event handlers pass.
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(props.rest)) {
    const value = props.rest[key];
    if (key === 'dangerouslySetInnerHTML' || key === 'children') {
      note(refuse(key, 'absent (the widget renders its own content)', value));
      continue;
    }
    const t = typeof value;
    const ok =
      value === undefined ||
      value === null ||
      t === 'string' ||
      (t === 'number' && Number.isFinite(value)) ||
      t === 'boolean' ||
      (t === 'function' && /^on[A-Z]/.test(key));
    if (ok) rest[key] = value;
    else note(refuse(key, /^on[A-Z]/.test(key) ? 'a function' : 'a string, finite number or boolean', value));
  }
  return {
    title,
    titleText,
    description,
    headingLevel,
    hideTitle,
    className,
    style,
    errorMessages: errorMessages as Record<string, string> | undefined,
    onRenderError,
    rest,
    error,
  };
}

/**
 * Attributes for an element that has no error state of its own (a layout such as
 * MetricTileGrid): primitives and `on*` handlers pass; anything React would throw on or
 * print as "[object Object]" or "NaN" is left out.
 */
export function safeAttributes(rest: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(rest)) {
    const value = rest[key];
    const t = typeof value;
    if (key === 'dangerouslySetInnerHTML' || key === 'children') continue;
    if (
      value === undefined ||
      value === null ||
      t === 'string' ||
      t === 'boolean' ||
      (t === 'number' && Number.isFinite(value)) ||
      (t === 'function' && /^on[A-Z]/.test(key))
    ) {
      out[key] = value;
    }
  }
  return out;
}

/**
 * Children React can render without throwing or printing "NaN": text, finite numbers,
 * elements, and arrays of them (64 levels deep at most). Anything else is left out.
 */
export function safeChildren(children: unknown, depth = 0): ReactNode {
  if (children === null || children === undefined || typeof children === 'boolean') return null;
  if (typeof children === 'string') return children;
  if (typeof children === 'number') return Number.isFinite(children) ? children : null;
  if (isValidElement(children)) return children;
  if (Array.isArray(children) && depth < 64) {
    // Arrays of children pass as they are when all of them are fine (keys stay theirs).
    const kept = children.map((c) => safeChildren(c, depth + 1));
    return kept.every(
      (k, i) =>
        k === children[i] ||
        (k === null && (children[i] === null || children[i] === undefined || typeof children[i] === 'boolean')),
    )
      ? (children as ReactNode)
      : kept;
  }
  return null;
}

/** A rule of {@link checkWidgetProps}: the prop's value passes, or the words for what it must be. */
export type PropRule = readonly [prop: string, value: unknown, ok: (v: unknown) => boolean, expected: string];

/**
 * The first widget prop that breaks its rule, as a refusal for the in-widget error state
 * (`undefined` values are skipped: the prop's default applies). Checked before rendering,
 * because boundaries do not run on the server.
 */
export function checkWidgetProps(rules: readonly PropRule[]): SextantError | undefined {
  for (const [prop, value, ok, expected] of rules) {
    if (value !== undefined && !ok(value)) return refuse(prop, expected, value);
  }
  return undefined;
}

/** Rule helpers for {@link checkWidgetProps}. */
export const is = {
  text: (v: unknown): boolean => typeof v === 'string',
  nonEmptyText: (v: unknown): boolean => typeof v === 'string' && v.trim() !== '',
  finite: (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v),
  positiveInteger: (v: unknown): boolean => Number.isInteger(v) && (v as number) > 0,
  boolean: (v: unknown): boolean => typeof v === 'boolean',
  function: (v: unknown): boolean => typeof v === 'function',
  oneOf:
    (...options: readonly unknown[]) =>
    (v: unknown): boolean =>
      options.includes(v),
};
