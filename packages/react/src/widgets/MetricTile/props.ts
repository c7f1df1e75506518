import { SextantError } from '@sextant/core';

/*
 * Props are checked before anything renders: error boundaries do not run under
 * renderToString, and the frame's header (title, description, heading level, style,
 * className) sits outside the boundary on the client too. A prop that React itself
 * would throw on is dropped from what reaches the DOM and reported in the widget.
 */

const HEADING_LEVELS: readonly unknown[] = [2, 3, 4, 5, 6];

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
    value: typeof value === 'string' || typeof value === 'number' ? value : undefined,
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** What may reach WidgetFrame and the DOM, and the first refusal found on the way. */
export interface SafeFrameProps {
  title: string | undefined;
  description: string | undefined;
  headingLevel: 2 | 3 | 4 | 5 | 6 | undefined;
  hideTitle: boolean | undefined;
  className: string | undefined;
  style: Record<string, unknown> | undefined;
  errorMessages: Record<string, string> | undefined;
  rest: Record<string, unknown>;
  error: SextantError | undefined;
}

/**
 * Check the frame-level props (those the frame renders outside its error boundary) and
 * the rest props bound for the root `<section>`.
 */
export function checkFrameProps(props: {
  title: unknown;
  description: unknown;
  headingLevel: unknown;
  hideTitle: unknown;
  className: unknown;
  style: unknown;
  errorMessages: unknown;
  rest: Record<string, unknown>;
}): SafeFrameProps {
  let error: SextantError | undefined;
  const note = (e: SextantError) => {
    error ??= e;
  };
  const title = typeof props.title === 'string' ? props.title : undefined;
  if (typeof props.title !== 'string' || props.title.trim() === '') note(refuse('title', 'a non-empty string', props.title));
  const description = typeof props.description === 'string' ? props.description : undefined;
  if (props.description !== undefined && description === undefined) {
    note(refuse('description', 'a string', props.description));
  }
  const headingLevel = HEADING_LEVELS.includes(props.headingLevel) ? (props.headingLevel as 2 | 3 | 4 | 5 | 6) : undefined;
  if (props.headingLevel !== undefined && headingLevel === undefined) {
    note(refuse('headingLevel', 'one of 2, 3, 4, 5, 6', props.headingLevel));
  }
  const hideTitle = typeof props.hideTitle === 'boolean' ? props.hideTitle : undefined;
  if (props.hideTitle !== undefined && hideTitle === undefined) note(refuse('hideTitle', 'a boolean', props.hideTitle));
  const className = typeof props.className === 'string' ? props.className : undefined;
  if (props.className !== undefined && className === undefined) note(refuse('className', 'a string', props.className));
  let style = isPlainObject(props.style) ? props.style : undefined;
  if (props.style !== undefined && style === undefined) note(refuse('style', 'an object of CSS properties', props.style));
  if (style) {
    const bad = Object.keys(style).find((k) => {
      const v = style![k];
      return !(v === undefined || v === null || typeof v === 'string' || typeof v === 'number');
    });
    if (bad !== undefined) {
      note(refuse(`style.${bad}`, 'a string or number', style[bad]));
      style = undefined;
    }
  }

  let errorMessages = isPlainObject(props.errorMessages) ? (props.errorMessages as Record<string, unknown>) : undefined;
  if (props.errorMessages !== undefined && errorMessages === undefined) {
    note(refuse('errorMessages', 'an object of strings', props.errorMessages));
  }
  if (errorMessages && Object.keys(errorMessages).some((k) => typeof errorMessages![k] !== 'string')) {
    note(refuse('errorMessages', 'an object of strings', props.errorMessages));
    errorMessages = undefined;
  }

  // Rest props become attributes: React throws on an object without toString and on
  // dangerouslySetInnerHTML beside children, so only primitives and handlers pass.
  const rest: Record<string, unknown> = {};
  for (const key of Object.keys(props.rest)) {
    const value = props.rest[key];
    if (key === 'dangerouslySetInnerHTML' || key === 'children') {
      note(refuse(key, 'absent (MetricTile renders its own content)', value));
      continue;
    }
    const t = typeof value;
    const ok =
      value === undefined ||
      value === null ||
      t === 'string' ||
      t === 'number' ||
      t === 'boolean' ||
      (t === 'function' && /^on[A-Z]/.test(key));
    if (ok) rest[key] = value;
    else note(refuse(key, 'a string, number or boolean', value));
  }
  return {
    title,
    description,
    headingLevel,
    hideTitle,
    className,
    style,
    errorMessages: errorMessages as Record<string, string> | undefined,
    rest,
    error,
  };
}
