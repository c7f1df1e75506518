/**
 * Hostile props for every widget @sextant/react exports (issue 15 items 6 and 8, issue 12
 * item 6). The widget list comes from the package's exports (test/support/widgets.tsx), so
 * a widget added later is checked the day it lands.
 *
 * For each widget, fast-check takes its valid fixture and puts a wrong-typed or hostile
 * value at one place in it — a top-level prop or a field deep inside its data (a member's
 * `location`, a card's `title`, one cell of a matrix) — and renders it:
 *  - with react-dom/server: `renderToString` never throws (boundaries don't run there);
 *  - on the client with createRoot: nothing reaches the root's uncaught-error handler and
 *    the host's own sibling element is still mounted;
 *  - in both, no "NaN", "undefined" or "[object Object]" reaches text a user reads or hears
 *    (the technical details behind the error state's disclosure are for developers and
 *    are left out), and React reports no NaN written to the DOM.
 */
import * as fc from 'fast-check';
import { act, createElement, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SextantProvider } from '@sextant/react';
import { exportedWidgets, FIXTURES, FIXTURES_PENDING, HOSTILE_STRINGS, LAYOUTS, type AnyWidget } from '../support/widgets';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

const BAD_WORDS = /\bNaN\b|\bundefined\b|\[object Object\]|\bInfinity\b/;

/** Text a user reads or hears: the DOM's text and accessible-name attributes, without the technical details. */
function userText(root: Element): string {
  const clone = root.cloneNode(true) as Element;
  for (const d of clone.querySelectorAll('details')) {
    for (const c of [...d.children]) if (c.tagName !== 'SUMMARY') c.remove();
  }
  const attrs = [...clone.querySelectorAll('[aria-label],[aria-valuetext],[title],[alt],[placeholder]')].flatMap((el) =>
    ['aria-label', 'aria-valuetext', 'title', 'alt', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
  );
  return `${clone.textContent ?? ''}\n${attrs.join('\n')}`;
}

function page(Widget: AnyWidget, props: Record<string, unknown>): ReactElement {
  return createElement(
    SextantProvider,
    null,
    createElement(
      'main',
      null,
      createElement('p', { id: 'host-before' }, 'host before'),
      createElement(Widget, props),
      createElement('p', { id: 'host-after' }, 'host after'),
    ),
  );
}

/** React's own complaints that a NaN or an object reached the DOM. */
function reactDomComplaints(calls: unknown[][]): string[] {
  return calls
    .map((c) => c.map((x) => (typeof x === 'string' ? x : '')).join(' '))
    .filter((m) => !m.startsWith('[Sextant]') && /NaN|Received an object|Objects are not valid/.test(m));
}

/** Render on the server; returns the HTML, or throws what escaped. */
function serverRender(Widget: AnyWidget, props: Record<string, unknown>): string {
  return renderToString(page(Widget, props));
}

/** Render on the client into a host page; returns what escaped to the root and the host element. */
function clientRender(Widget: AnyWidget, props: Record<string, unknown>) {
  const host = document.createElement('div');
  document.body.append(host);
  const escaped: unknown[] = [];
  const root = createRoot(host, { onUncaughtError: (e) => escaped.push(e) });
  act(() => root.render(page(Widget, props)));
  return {
    host,
    escaped,
    unmount: () => {
      act(() => root.unmount());
      host.remove();
    },
  };
}

// ---------------------------------------------------------------- hostile values -----

const nullProto = () => Object.create(null) as object;
const hostileString = fc.oneof(
  fc.constantFrom(...HOSTILE_STRINGS, '__proto__', 'constructor', 'toString', '', ' ', '\u202e', 'hasOwnProperty'),
  fc.string({ maxLength: 30 }).filter((s) => !BAD_WORDS.test(s)),
);
/** Values of the wrong type, or of the right type and hostile. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  hostileString,
  fc.constantFrom(
    undefined,
    null,
    Number.NaN,
    Infinity,
    -Infinity,
    -0,
    1e308,
    -1,
    2 ** 53,
    0.5,
    true,
    false,
    10n,
    Symbol('hostile'),
    () => 'a function',
    [],
    [null],
    [Number.NaN],
    { length: 1e9 },
    { length: 2 ** 53 - 1 },
    new Date(Number.NaN),
    new Map([['a', 1]]),
  ),
  fc.constant(null).map(nullProto),
  fc.constant(null).map(() => JSON.parse('{"__proto__": {"polluted": 1}}') as unknown),
  fc.constant(null).map(() => new Array(100_000).fill('x')),
  fc.constant(null).map(() => ({ toString: () => 'x', valueOf: () => Number.NaN })),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 }), fc.constant(null)), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.oneof(fc.integer(), fc.string({ maxLength: 5 })), { maxKeys: 3 }),
);

type Path = readonly (string | number)[];

/** Places inside `value` a hostile value can go: every prop, and fields of its data down to depth 4 (first 2 items of arrays). */
function pathsOf(value: unknown, depth = 0, prefix: Path = []): Path[] {
  const out: Path[] = [];
  if (depth > 4 || value === null || typeof value !== 'object') return out;
  if (Array.isArray(value)) {
    for (let i = 0; i < Math.min(2, value.length); i++) {
      out.push([...prefix, i], ...pathsOf(value[i], depth + 1, [...prefix, i]));
    }
    return out;
  }
  for (const k of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[k];
    out.push([...prefix, k], ...pathsOf(v, depth + 1, [...prefix, k]));
  }
  return out;
}

/** `obj` with `value` at `path`, copying along the way (fixtures may be frozen). */
function setIn(obj: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...tail] = path;
  if (Array.isArray(obj)) {
    const copy = obj.slice();
    copy[head as number] = setIn(copy[head as number], tail, value);
    return copy;
  }
  const copy: Record<string, unknown> = { ...(obj as Record<string, unknown>) };
  // defineProperty: a key named __proto__ is an own field, never the prototype.
  Object.defineProperty(copy, head as string, {
    value: setIn(copy[head as string], tail, value),
    enumerable: true,
    writable: true,
    configurable: true,
  });
  return copy;
}

/** Props every widget shares (WidgetFrame's) and a few that any widget might read. */
const FRAME_PROPS = [
  'title',
  'description',
  'headingLevel',
  'hideTitle',
  'className',
  'style',
  'errorMessages',
  'messages',
  'onRenderError',
  'aria-label',
  'id',
  'tabIndex',
  'dangerouslySetInnerHTML',
  'children',
];

const RUNS = Number(process.env.HOSTILE_RUNS ?? 25);

describe('hostile props, every exported widget', () => {
  it('finds the widgets, and each has fixtures in test/support/widgets.tsx', () => {
    const names = exportedWidgets.map(([n]) => n);
    expect(names).toEqual(expect.arrayContaining(['MetricTile', 'TimezonePlanner', 'KanbanBoard', 'RiskMatrix']));
    const missing = names.filter((n) => !(n in FIXTURES) && !FIXTURES_PENDING.has(n));
    expect(missing, 'add a fixture for each new widget to test/support/widgets.tsx').toEqual([]);
  });

  describe.each(exportedWidgets.map(([n, W]) => [n, W] as const))('%s', (name, Widget) => {
    const fixture = FIXTURES[name];
    const base = fixture ? fixture.valid() : {};
    const places: Path[] = [...FRAME_PROPS.map((p) => [p]), ...pathsOf(base)];

    it.runIf(fixture !== undefined && !LAYOUTS.has(name))(
      'its valid fixture renders ready (so the checks below can fail)',
      () => {
        const html = serverRender(Widget, base);
        expect(html).toContain('data-state="ready"');
        const div = document.createElement('div');
        div.innerHTML = html;
        expect(userText(div)).not.toMatch(BAD_WORDS);
      },
    );

    it('a hostile value anywhere: renderToString never throws and shows no NaN/undefined', () => {
      const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
      fc.assert(
        fc.property(fc.integer({ min: 0, max: places.length - 1 }), hostileValue, (at, bad) => {
          const props = setIn(fixture ? fixture.valid() : {}, places[at], bad) as Record<string, unknown>;
          let html: string;
          try {
            html = serverRender(Widget, props);
          } catch (e) {
            throw new Error(`${name} at ${places[at].join('.')}: renderToString threw ${String(e)}`, { cause: e });
          }
          expect(html).toContain('host after');
          const div = document.createElement('div');
          div.innerHTML = html;
          const text = userText(div);
          expect(text.match(BAD_WORDS)?.[0], `${name} at ${places[at].join('.')}`).toBeUndefined();
        }),
        { numRuns: RUNS },
      );
      expect(reactDomComplaints(logged.mock.calls)).toEqual([]);
    });

    it('a hostile value anywhere: on the client nothing escapes, the host sibling survives', () => {
      const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
      vi.spyOn(console, 'warn').mockImplementation(() => {});
      fc.assert(
        fc.property(fc.integer({ min: 0, max: places.length - 1 }), hostileValue, (at, bad) => {
          const props = setIn(fixture ? fixture.valid() : {}, places[at], bad) as Record<string, unknown>;
          const r = clientRender(Widget, props);
          try {
            const where = `${name} at ${places[at].join('.')}`;
            expect(r.escaped, where).toEqual([]);
            expect(r.host.querySelector('#host-after'), where).not.toBeNull();
            expect(userText(r.host).match(BAD_WORDS)?.[0], where).toBeUndefined();
          } finally {
            r.unmount();
          }
        }),
        { numRuns: RUNS },
      );
      expect(reactDomComplaints(logged.mock.calls)).toEqual([]);
    });
  });
});

describe('named regressions (issue 15 item 6)', () => {
  const tile = exportedWidgets.find(([n]) => n === 'MetricTile')![1];
  const planner = exportedWidgets.find(([n]) => n === 'TimezonePlanner')![1];
  const cases: [string, AnyWidget, Record<string, unknown>][] = [
    ['MetricTile title object', tile, { title: { a: 1 }, value: 1 }],
    ['MetricTile description object', tile, { title: 'F1', description: nullProto(), value: 1 }],
    ['MetricTile style string', tile, { title: 'F1', value: 1, style: 'color: red' }],
    ['MetricTile headingLevel 9', tile, { title: 'F1', value: 1, headingLevel: 9 }],
    ['MetricTile status __proto__', tile, { title: 'F1', value: 1, status: '__proto__' }],
    ['MetricTile value missing', tile, { title: 'F1' }],
    [
      'TimezonePlanner member location object',
      planner,
      {
        members: [{ id: 'a', name: 'A', timeZone: 'UTC', workHours: { start: '09:00', end: '17:00' }, location: nullProto() }],
        now: 0,
      },
    ],
  ];
  it.each(cases)('%s: in-widget error on the server and the client, host survives', (_, W, props) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const html = serverRender(W, props);
    expect(html).toMatch(/data-state="error"|class="sextant-row-issue"/);
    expect(html).toContain('host after');
    const r = clientRender(W, props);
    expect(r.escaped).toEqual([]);
    expect(r.host.querySelector('#host-after')).not.toBeNull();
    expect(r.host.querySelector('[role="alert"], .sextant-row-issue')).not.toBeNull();
    expect(userText(r.host)).not.toMatch(BAD_WORDS);
    r.unmount();
  });
});

describe('hostile strings render as inert text in every widget (issue 12 item 6)', () => {
  const withFixtures = exportedWidgets.filter(([n]) => FIXTURES[n] !== undefined && !LAYOUTS.has(n));
  const cases = withFixtures.flatMap(([n, W]) => HOSTILE_STRINGS.map((s) => [n, W, s] as const));

  /** Where a user can find the string: visible text, or the accessible name / tooltip of a truncated label. */
  function findsText(root: Element, s: string): boolean {
    const needle = s.slice(0, 60);
    if ((root.textContent ?? '').includes(needle)) return true;
    return [...root.querySelectorAll('[aria-label],[title]')].some(
      (el) => (el.getAttribute('aria-label') ?? '').includes(needle) || (el.getAttribute('title') ?? '').includes(needle),
    );
  }

  function assertInert(root: Element, where: string): void {
    expect(root.querySelector('img, script, iframe, object, embed'), `${where}: an element made from a string`).toBeNull();
    for (const el of root.querySelectorAll('[href], [src], [action], [formaction], [xlink\\:href]')) {
      for (const a of ['href', 'src', 'action', 'formaction', 'xlink:href']) {
        expect(el.getAttribute(a) ?? '', `${where}: ${a}`).not.toMatch(/^\s*javascript:/i);
      }
    }
    for (const el of root.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) expect(attr, `${where}: an event handler attribute`).not.toMatch(/^on/i);
    }
  }

  it.each(cases)('%s shows %#: server and client', (name, W, s) => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const props = FIXTURES[name].withText(s);
    const html = serverRender(W, props);
    const div = document.createElement('div');
    div.innerHTML = html;
    const section = div.querySelector('section[data-sextant-widget]')!;
    expect(section.getAttribute('data-state'), `${name} refused ${s.slice(0, 30)}`).not.toBe('error');
    assertInert(div, `${name} server`);
    expect(findsText(section, s), `${name} server shows the string`).toBe(true);

    const r = clientRender(W, props);
    try {
      expect(r.escaped).toEqual([]);
      const root = r.host.querySelector('section[data-sextant-widget]')!;
      expect(root.getAttribute('data-state')).not.toBe('error');
      assertInert(r.host, `${name} client`);
      expect(findsText(root, s), `${name} client shows the string`).toBe(true);
      expect(userText(root)).not.toMatch(BAD_WORDS);
    } finally {
      r.unmount();
    }
  });
});
