/**
 * Server rendering, for every widget @sextant/react exports (found by enumeration, so a new
 * widget is covered the day it lands): `renderToString` never throws — with no props at all a
 * widget renders its in-widget error state — and the markup hydrates with no mismatch.
 */
import { act, createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SextantProvider } from '@sextant/react';
import { exportedWidgets, LAYOUTS } from '../support/widgets';

// Layouts (MetricTileGrid) have no error state of their own; the widget list is shared with
// the hostile-input suite, so both cover a new widget the day it lands.
const widgets = exportedWidgets.filter(([name]) => !LAYOUTS.has(name));

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
      const element = createElement(SextantProvider, null, createElement(Widget));
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
