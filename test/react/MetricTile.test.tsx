import { act, cleanup, render, screen } from '@testing-library/react';
import { createRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { MetricTile, MetricTileGrid, SextantProvider, type MetricTileProps } from '@sextant/react';
import { describeConformance } from '../support/conformance';

describeConformance<MetricTileProps>('MetricTile', {
  Component: MetricTile,
  validProps: { title: 'Macro F1', value: 0.91, target: 0.9 },
  invalidProps: { title: 'Macro F1', value: Number.NaN },
  accessibleName: 'Macro F1',
  errorText: /value must be a finite number; got NaN/,
  userText: "The figure to show is missing or isn't a number.",
});

const MINUS = '\u2212';

/** The visible text of the change line (the chip and words, without the screen-reader sentence). */
function changeLine(container: HTMLElement): string {
  const line = container.querySelector('.sextant-metric-tile__change > [aria-hidden="true"]');
  return (line?.textContent ?? '').replace(/\u00a0/g, ' ');
}

describe('MetricTile', () => {
  it('formats the value and derives the status from the target', () => {
    render(<MetricTile title="Macro F1" value={0.87} format="percent" target={0.9} previous={0.85} />);
    expect(screen.getByText('87%')).toBeTruthy();
    // 0.87 misses 0.9 by 0.03, within 5 % of the target: at risk.
    expect(screen.getByText('At risk')).toBeTruthy();
    expect(screen.getByText('Target ≥ 90%')).toBeTruthy();
  });

  it('gives the change of a percent value in percentage points, with arrow, sign and word', () => {
    const { container } = render(<MetricTile title="Macro F1" value={0.912} format="percent" previous={0.897} />);
    // 0.912 − 0.897 = 0.015 → +1.5 percentage points, not "+1.5%".
    expect(changeLine(container)).toBe('▲+1.5 pp better, was 89.7%');
    expect(container.querySelector('.sextant-metric-tile__change')?.getAttribute('data-trend')).toBe('better');
    expect(screen.getByText('Up 1.5 percentage points from 89.7%, better.')).toBeTruthy();
  });

  it('shows a fall with a real minus sign (U+2212) and the relative change for non-percent values', () => {
    const { container } = render(
      <MetricTile title="p95 latency" value={300} format="milliseconds" higherIsBetter={false} previous={356} />,
    );
    // 300 − 356 = −56 ms; −56 / 356 = −15.7 %; lower is better.
    expect(changeLine(container)).toBe(`▼${MINUS}56 ms (${MINUS}15.7%) better, was 356 ms`);
    expect(changeLine(container)).not.toContain('-');
  });

  it('treats lower as better when told so', () => {
    const { container } = render(
      <MetricTile title="p95 latency" value={420} format="milliseconds" target={300} higherIsBetter={false} previous={380} />,
    );
    expect(screen.getByText('Off track')).toBeTruthy();
    expect(screen.getByText('Target ≤ 300 ms')).toBeTruthy();
    // 420 − 380 = +40 ms, +10.5 % (40 / 380 = 0.10526…), and up is worse here.
    expect(changeLine(container)).toBe('▲+40 ms (+10.5%) worse, was 380 ms');
  });

  it('calls a change below the display precision "no change", uncoloured', () => {
    // 0.9121 − 0.912 = 0.01 pp, which rounds to 0.0 pp at one decimal.
    const { container } = render(<MetricTile title="Accuracy" value={0.9121} format="percent" previous={0.912} />);
    expect(changeLine(container)).toBe('■±0 pp no change, was 91.2%');
    expect(container.querySelector('.sextant-metric-tile__change')?.getAttribute('data-trend')).toBe('unchanged');
  });

  it('writes a negative value with a real minus sign', () => {
    render(<MetricTile title="Net change" value={-3} />);
    expect(screen.getByText(`${MINUS}3`)).toBeTruthy();
  });

  it('draws a sparkline with a text alternative', () => {
    const { container } = render(
      <MetricTile
        title="Macro F1"
        value={0.912}
        format="percent"
        history={[0.88, 0.9, 0.87, 0.912]}
        historyLabel="the last 4 weeks"
      />,
    );
    expect(screen.getByText('Trend over the last 4 weeks: from 88% to 91.2%; low 87%, high 91.2%.')).toBeTruthy();
    const spark = container.querySelector('.sextant-metric-tile__sparkline');
    expect(spark?.getAttribute('aria-hidden')).toBe('true');
    // Four points → one line with four vertices (M + 3 L), and an area under it.
    const d = container.querySelector('.sextant-metric-tile__sparkline-line')?.getAttribute('d') ?? '';
    expect(d.match(/[ML]/g)).toHaveLength(4);
    expect(container.querySelector('.sextant-metric-tile__sparkline-area')).toBeTruthy();
  });

  it('refuses a bad history at its first bad index', () => {
    render(<MetricTile title="F1" value={0.9} history={[0.9, Number.NaN]} />);
    expect(screen.getByRole('alert').textContent).toContain('history[1] is NaN');
  });

  it('takes its words from messages', () => {
    const { container } = render(
      <MetricTile
        title="Rappel"
        value={0.8}
        format="percent"
        previous={0.9}
        target={0.85}
        messages={{
          worse: 'pire',
          previous: (p) => `avant ${p}`,
          target: (t) => `Cible ${t}`,
          status: { 'on-track': 'OK', 'at-risk': 'Risque', 'off-track': 'Hors cible' },
        }}
      />,
    );
    expect(changeLine(container)).toBe(`▼${MINUS}10 pp pire, avant 90%`);
    expect(screen.getByText('Cible 85%')).toBeTruthy();
    expect(screen.getByText('Hors cible')).toBeTruthy();
  });

  it('an explicit status beats the computed one', () => {
    render(<MetricTile title="Drifted features" value={3} target={0} higherIsBetter={false} status="on-track" />);
    expect(screen.getByText('On track')).toBeTruthy();
  });

  it('refuses a bad option from core with its code', () => {
    render(<MetricTile title="Recall" value={0.5} target={0.6} tolerance={-1} />);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('options.tolerance');
    expect(alert.getAttribute('data-code')).toBe('INVALID_OPTION');
  });

  it('takes the theme from the provider', () => {
    const { container } = render(
      <SextantProvider theme="dark">
        <MetricTile title="Accuracy" value={0.9} />
      </SextantProvider>,
    );
    expect(container.querySelector('[data-sextant-theme="dark"].sextant-theme')).toBeTruthy();
    expect(container.querySelector('.sextant-widget')?.getAttribute('data-sextant-theme')).toBe('dark');
  });

  it('MetricTileGrid lays tiles out as a labelled group', () => {
    render(
      <MetricTileGrid aria-label="Model health" minTileWidth="15rem">
        <MetricTile title="F1" value={0.9} />
        <MetricTile title="AUC" value={0.95} description="Held-out set" />
      </MetricTileGrid>,
    );
    const group = screen.getByRole('group', { name: 'Model health' });
    expect(group.querySelectorAll('.sextant-metric-tile')).toHaveLength(2);
    expect(group.style.getPropertyValue('--sextant-metric-min')).toBe('15rem');
  });
});

/*
 * Issue 15, item 6: a widget never takes down the host. Each of these props threw out of
 * renderToString or unmounted the host's root on the client; each must now render the
 * in-widget error (role="alert") and leave the host's content in place.
 */
const noProto = Object.create(null) as object;
const hostile: Array<[string, Record<string, unknown>, RegExp]> = [
  ['an object title', { title: { text: 'F1' } }, /title must be a non-empty string; got an object/],
  ['a null-prototype title', { title: noProto }, /title must be a non-empty string; got an object/],
  ['an object description', { description: noProto }, /description must be a string or a React element; got an object/],
  ['a string style', { style: 'color: red' }, /style must be an object of CSS properties; got "color: red"/],
  ['a style value without toString', { style: { color: noProto } }, /style\.color must be a string or finite number/],
  ['headingLevel 9', { headingLevel: 9 }, /headingLevel must be one of 1, 2, 3, 4, 5, 6; got 9/],
  ['headingLevel "h2"', { headingLevel: 'h2' }, /headingLevel must be one of 1, 2, 3, 4, 5, 6; got "h2"/],
  ["status '__proto__'", { status: '__proto__' }, /status must be one of 'on-track', 'at-risk', 'off-track'; got "__proto__"/],
  ["status 'constructor'", { status: 'constructor' }, /status must be one of/],
  ['a missing value', { value: undefined }, /value must be a finite number; got undefined/],
  ['a string value', { value: '0.9' }, /value must be a finite number; got "0.9"/],
  ['an object className', { className: noProto }, /className must be a string; got an object/],
  ['dangerouslySetInnerHTML', { dangerouslySetInnerHTML: { __html: '<b>x</b>' } }, /dangerouslySetInnerHTML must be absent/],
  ['an attribute without toString', { 'data-x': noProto }, /data-x must be a string, finite number or boolean/],
  ['a bad format', { format: 'percnt' }, /format must be one of 'number', 'percent', 'milliseconds'/],
  ['bad Intl options', { format: { style: 'currency' } }, /format is not valid Intl\.NumberFormat options/],
  [
    'a message returning an object',
    { previous: 1, messages: { previous: () => noProto } },
    /messages\.previous must be a string/,
  ],
  ['messages.__proto__', { messages: JSON.parse('{"__proto__": {"better": 1}}') as object }, /./],
];

describe('MetricTile with hostile props (issue 15 item 6)', () => {
  for (const [name, extra, message] of hostile) {
    const props = { title: 'Macro F1', value: 0.91, ...extra } as unknown as MetricTileProps;

    it(`${name}: renderToString returns the in-widget error, never throws`, () => {
      let html = '';
      expect(() => {
        html = renderToString(
          <main>
            <p>host before</p>
            <MetricTile {...props} />
            <p>host after</p>
          </main>,
        );
      }).not.toThrow();
      expect(html).toContain('host after');
      if (name !== 'messages.__proto__') {
        expect(html).toContain('role="alert"');
        expect(html).toContain('data-state="error"');
      }
    });

    it(`${name}: on the client the host root stays mounted and the tile says what is wrong`, () => {
      const host = document.createElement('div');
      document.body.append(host);
      const root = createRoot(host);
      const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
      try {
        act(() => {
          root.render(
            <main>
              <p>host before</p>
              <MetricTile {...props} />
              <p>host after</p>
            </main>,
          );
        });
        expect(host.textContent).toContain('host after');
        if (name === 'messages.__proto__') {
          // A `__proto__` key is an own key that is not a known message: ignored, and the
          // defaults' prototype is untouched.
          expect(host.querySelector('[role="alert"]')).toBeNull();
          expect(({} as Record<string, unknown>).better).toBeUndefined();
        } else {
          const alert = host.querySelector('[role="alert"]');
          expect(alert?.textContent).toMatch(message);
          expect(alert?.closest('.sextant-widget')?.getAttribute('data-state')).toBe('error');
        }
        // Only the frame's own one-line log of the refusal; nothing reached React's error
        // logging, because the refusal was caught before rendering.
        for (const call of spy.mock.calls) expect(String(call[0])).toMatch(/^\[Sextant\] metric-tile: /);
        if (name !== 'messages.__proto__') expect(spy).toHaveBeenCalledTimes(1);
      } finally {
        spy.mockRestore();
        act(() => root.unmount());
        host.remove();
      }
    });
  }

  it('says what is wrong in plain words, the technical message behind the disclosure', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      render(<MetricTile title="F1" value={0.9} status={'__proto__' as never} />);
      const alert = screen.getByRole('alert');
      expect(alert.querySelector('.sextant-widget__error-message')?.textContent).toBe(
        "The status isn't one of on track, at risk or off track: __proto__",
      );
      expect(alert.querySelector('details')?.textContent).toContain(`status must be one of 'on-track'`);
      cleanup();
      render(
        <MetricTile
          title="F1"
          value={0.9}
          errorMessages={{ 'INVALID_OPTION:status': 'Statut inconnu : {value}' }}
          status={'x' as never}
        />,
      );
      expect(screen.getByText('Statut inconnu : x')).toBeTruthy();
    } finally {
      spy.mockRestore();
    }
  });

  it('hostile strings render as text, inert', () => {
    const name = `<script>alert(1)</script> ${'ا'.repeat(200)}`;
    const { container } = render(<MetricTile title={name} description={name} value={1} />);
    expect(container.querySelector('script')).toBeNull();
    expect(screen.getByRole('region', { name })).toBeTruthy();
  });
});
