import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode, useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
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

function Twice(props: { value?: number; defaultValue?: number; onValueChange?: (v: number) => void }) {
  const [v, setV] = useControllableState({
    value: props.value,
    defaultValue: props.defaultValue ?? 0,
    onChange: props.onValueChange,
    name: 'Twice.value',
  });
  return (
    <button
      onClick={() => {
        setV((x) => x + 1);
        setV((x) => x + 1);
      }}
    >
      count {v}
    </button>
  );
}

describe('useControllableState', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

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

  // React's useState: two updaters in one event each see the previous one's result (0 → 2).
  it('uncontrolled: two updaters in one event apply one after the other', async () => {
    const onChange = vi.fn();
    render(<Twice onValueChange={onChange} />);
    await userEvent.click(screen.getByRole('button'));
    expect(screen.getByRole('button').textContent).toBe('count 2');
    expect(onChange.mock.calls).toEqual([[1], [2]]);
  });

  it('controlled: two updaters in one event ask for 1 then 2, and the host gets 2', async () => {
    const onChange = vi.fn();
    function Host() {
      const [value, setValue] = useState(0);
      return (
        <Twice
          value={value}
          onValueChange={(v) => {
            onChange(v);
            setValue(v);
          }}
        />
      );
    }
    render(<Host />);
    await userEvent.click(screen.getByRole('button'));
    expect(screen.getByRole('button').textContent).toBe('count 2');
    expect(onChange.mock.calls).toEqual([[1], [2]]);
  });

  it('controlled: a host that declines a change is asked again from its own value next time', async () => {
    const onChange = vi.fn();
    render(<Counter value={2} onValueChange={onChange} />);
    await userEvent.click(screen.getByRole('button'));
    await userEvent.click(screen.getByRole('button'));
    expect(onChange.mock.calls).toEqual([[3], [3]]);
  });

  it('calls onChange once per change under StrictMode (never from inside a state updater)', async () => {
    const onChange = vi.fn();
    render(
      <StrictMode>
        <Twice defaultValue={10} onValueChange={onChange} />
      </StrictMode>,
    );
    await userEvent.click(screen.getByRole('button'));
    expect(screen.getByRole('button').textContent).toBe('count 12');
    expect(onChange.mock.calls).toEqual([[11], [12]]);
  });

  it('keeps the setter identity across renders', async () => {
    const setters = new Set<unknown>();
    function Probe() {
      const [v, setV] = useControllableState({ value: undefined, defaultValue: 0, name: 'Probe.value' });
      setters.add(setV);
      return <button onClick={() => setV(v + 1)}>{v}</button>;
    }
    render(<Probe />);
    await userEvent.click(screen.getByRole('button'));
    await userEvent.click(screen.getByRole('button'));
    expect(screen.getByRole('button').textContent).toBe('2');
    expect(setters.size).toBe(1);
  });

  it('does not warn about a mode switch in a production build', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let setControlled: (v: number | undefined) => void = () => {};
    function Host() {
      const [value, set] = useState<number | undefined>(undefined);
      setControlled = set;
      return <Counter value={value} />;
    }
    render(<Host />);
    act(() => setControlled(4));
    expect(screen.getByRole('button').textContent).toBe('count 4');
    expect(warn).not.toHaveBeenCalled();
  });
});
