import { render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { WidgetFrame } from '@sextant/react';

function Boom({ fail }: { fail: boolean }): never | string {
  if (fail) throw new Error('chart exploded');
  return 'chart ok';
}

describe('WidgetFrame', () => {
  it('catches an unexpected render error inside the widget and recovers when reset keys change', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const onRenderError = vi.fn();
    let setFail: (f: boolean) => void = () => {};
    function Host() {
      const [fail, set] = useState(true);
      setFail = set;
      return (
        <div>
          <p>dashboard</p>
          <WidgetFrame widget="test" title="Test" resetKeys={[fail]} onRenderError={onRenderError}>
            <Boom fail={fail} />
          </WidgetFrame>
        </div>
      );
    }
    const { findByText } = render(<Host />);
    expect(screen.getByRole('alert').textContent).toContain('chart exploded');
    expect(screen.getByText('dashboard')).toBeTruthy();
    expect(onRenderError).toHaveBeenCalledTimes(1);
    const { act } = await import('react');
    act(() => setFail(false));
    expect(await findByText('chart ok')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    spy.mockRestore();
  });

  it('links title and description for assistive technology', () => {
    render(
      <WidgetFrame widget="test" title="Drift" description="Share of drifted features per day">
        body
      </WidgetFrame>,
    );
    const region = screen.getByRole('region', { name: 'Drift' });
    const desc = document.getElementById(region.getAttribute('aria-describedby') ?? '');
    expect(desc?.textContent).toBe('Share of drifted features per day');
  });

  it('an aria-label from the host replaces the title as the name', () => {
    render(
      <WidgetFrame widget="test" title="Drift" aria-label="Feature drift, last 30 days">
        body
      </WidgetFrame>,
    );
    expect(screen.getByRole('region', { name: 'Feature drift, last 30 days' })).toBeTruthy();
  });
});

describe('WidgetFrame: a very long title', () => {
  const long = 'Quarterly review '.repeat(600).slice(0, 10_000);

  it('is cut by CSS only: the heading keeps the whole text (screen readers read all of it)', () => {
    render(<WidgetFrame widget="demo" title={long} />);
    const h = screen.getByRole('heading');
    expect(h.textContent).toBe(long);
    expect(h.className).toContain('sextant-widget__title');
  });

  it('once the text overflows its lines: tooltip with the whole title and a tab stop to reveal it', () => {
    // jsdom has no layout: a heading whose text is taller than its box, as Chromium measures a clamped one.
    const sh = vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockReturnValue(9000);
    const ch = vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(63);
    try {
      render(<WidgetFrame widget="demo" title={long} />);
      const h = screen.getByRole('heading');
      expect(h.getAttribute('data-clamped')).toBe('true');
      expect(h.getAttribute('title')).toBe(long);
      expect(h.tabIndex).toBe(0);
      // Focused (and so revealed), it keeps its tab stop: focus never falls to <body>.
      h.focus();
      expect(document.activeElement).toBe(h);
    } finally {
      sh.mockRestore();
      ch.mockRestore();
    }
  });

  it('a title that fits gets neither tooltip nor tab stop', () => {
    render(<WidgetFrame widget="demo" title="Drift" />);
    const h = screen.getByRole('heading');
    expect(h.getAttribute('title')).toBeNull();
    expect(h.hasAttribute('tabindex')).toBe(false);
  });
});
