import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useControllableState } from '@sextant/react';

function Counter(props: { value?: number; defaultValue?: number; onValueChange?: (v: number) => void }) {
  const [v, setV] = useControllableState({
    value: props.value,
    defaultValue: props.defaultValue ?? 0,
    onChange: props.onValueChange,
    name: 'Counter.value',
  });
  return <button onClick={() => setV((x) => x + 1)}>count {v}</button>;
}

describe('useControllableState', () => {
  it('uncontrolled: keeps its own state and reports changes', async () => {
    const onChange = vi.fn();
    render(<Counter defaultValue={5} onValueChange={onChange} />);
    await userEvent.click(screen.getByRole('button'));
    expect(screen.getByRole('button').textContent).toBe('count 6');
    expect(onChange).toHaveBeenCalledWith(6);
  });

  it('controlled: shows the given value and only asks for changes', async () => {
    const onChange = vi.fn();
    render(<Counter value={2} onValueChange={onChange} />);
    await userEvent.click(screen.getByRole('button'));
    expect(screen.getByRole('button').textContent).toBe('count 2');
    expect(onChange).toHaveBeenCalledWith(3);
  });

  it('warns once when a widget switches from uncontrolled to controlled', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let setControlled: (v: number | undefined) => void = () => {};
    function Host() {
      const [value, set] = useState<number | undefined>(undefined);
      setControlled = set;
      return <Counter value={value} />;
    }
    render(<Host />);
    act(() => setControlled(4));
    act(() => setControlled(7));
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/Counter.value switched from uncontrolled to controlled/);
    warn.mockRestore();
  });
});
