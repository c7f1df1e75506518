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
