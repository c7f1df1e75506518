/**
 * Server rendering, for every widget @sextant/react exports (found by enumeration, so a new
 * widget is covered the day it lands): `renderToString` never throws — with no props at all a
 * widget renders its in-widget error state — and the markup hydrates with no mismatch.
 */
import { act, type ComponentType, createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Sextant from '@sextant/react';

/** Exports that are building blocks, not widgets (they have no error state of their own). */
// MetricTileGrid lays out tiles; ErrorNotice and RowIssue are the frame's error parts.
const NOT_WIDGETS = new Set([
  'SextantProvider',
  'WidgetFrame',
  'VisuallyHidden',
  'StatusBadge',
  'ErrorBoundary',
  'ErrorNotice',
  'RowIssue',
  'MetricTileGrid',
]);

function isComponent(v: unknown): v is ComponentType<Record<string, unknown>> {
  if (typeof v === 'function') return true;
  return typeof v === 'object' && v !== null && '$$typeof' in v;
}

const widgets = Object.entries(Sextant)
  .filter(([name, v]) => /^[A-Z]/.test(name) && !NOT_WIDGETS.has(name) && isComponent(v))
  .map(([name, v]) => [name, v as ComponentType<Record<string, unknown>>] as const);

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('server rendering of every widget', () => {
  it('finds the widgets to check', () => {
    expect(widgets.map(([n]) => n)).toEqual(expect.arrayContaining(['MetricTile', 'TimezonePlanner']));
  });

  it.each(widgets)(
    '%s with no props renders an in-widget error on the server and hydrates without mismatch',
    async (_, Widget) => {
      const element = createElement(Sextant.SextantProvider, null, createElement(Widget));
      let html = '';
      expect(() => {
        html = renderToString(element);
      }).not.toThrow();
      expect(html).toContain('data-state="error"');
      expect(html).toContain('role="alert"');

      const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
      const recoverable: unknown[] = [];
      const container = document.createElement('div');
      container.innerHTML = html;
      document.body.appendChild(container);
      await act(async () => {
        hydrateRoot(container, element, { onRecoverableError: (e) => recoverable.push(e) });
      });
      expect(recoverable).toEqual([]);
      // The widget may log the technical reason for its error state; nothing may mention hydration.
      const hydrationMessages = errors.mock.calls.map((c) => String(c[0])).filter((m) => /hydrat|did not match/i.test(m));
      expect(hydrationMessages).toEqual([]);
      expect(container.querySelector('[data-state="error"]')).not.toBeNull();
    },
  );
});
