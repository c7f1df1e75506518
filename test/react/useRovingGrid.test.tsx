import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type CSSProperties } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useRovingGrid, type GridPosition } from '@sextant/react';

function Grid(props: {
  rows: number;
  cols: number;
  onActivate?: (p: GridPosition) => void;
  onMove?: (p: GridPosition) => void;
  defaultPosition?: GridPosition;
  rtl?: boolean;
  style?: CSSProperties;
}) {
  const grid = useRovingGrid({
    rows: props.rows,
    cols: props.cols,
    defaultPosition: props.defaultPosition,
    rtl: props.rtl,
    onActivate: (p) => props.onActivate?.(p),
    onMove: props.onMove,
  });
  return (
    <div role="grid" aria-label="g" style={props.style} {...grid.gridProps}>
      {Array.from({ length: props.rows }, (_, r) => (
        <div role="row" key={r}>
          {Array.from({ length: props.cols }, (_, c) => (
            <div role="gridcell" key={c} aria-label={`r${r}c${c}`} {...grid.cellProps(r, c)} />
          ))}
        </div>
      ))}
    </div>
  );
}

const cell = (r: number, c: number) => screen.getByRole('gridcell', { name: `r${r}c${c}` });
const tabStops = () => screen.getAllByRole('gridcell').filter((e) => e.tabIndex === 0);

describe('useRovingGrid', () => {
  it('is one tab stop, at defaultPosition until the user moves', async () => {
    render(<Grid rows={3} cols={4} defaultPosition={{ row: 1, col: 2 }} />);
    expect(tabStops()).toEqual([cell(1, 2)]);
    await userEvent.tab();
    expect(document.activeElement).toBe(cell(1, 2));
  });

  it('moves focus with the arrows, Home/End and Ctrl+End, keeping one tab stop', async () => {
    const onMove = vi.fn();
    render(<Grid rows={3} cols={4} onMove={onMove} />);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}{ArrowDown}');
    expect(document.activeElement).toBe(cell(1, 1));
    expect(onMove).toHaveBeenLastCalledWith({ row: 1, col: 1 }, { row: 0, col: 1 });
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(cell(1, 3));
    await userEvent.keyboard('{Home}');
    expect(document.activeElement).toBe(cell(1, 0));
    await userEvent.keyboard('{Control>}{End}{/Control}');
    expect(document.activeElement).toBe(cell(2, 3));
    expect(tabStops()).toEqual([cell(2, 3)]);
  });

  it('does not report a move at an edge, nor handle keys it does not know', async () => {
    const onMove = vi.fn();
    render(<Grid rows={2} cols={2} onMove={onMove} />);
    await userEvent.tab();
    const ev = fireEvent.keyDown(cell(0, 0), { key: 'ArrowLeft' });
    expect(ev).toBe(false); // handled: default prevented
    expect(onMove).not.toHaveBeenCalled();
    expect(fireEvent.keyDown(cell(0, 0), { key: 'x' })).toBe(true);
  });

  it('mirrors arrows with rtl, and reads direction from the grid element when not told', async () => {
    const { unmount } = render(<Grid rows={1} cols={4} rtl />);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(document.activeElement).toBe(cell(0, 2));
    unmount();
    render(<Grid rows={1} cols={4} style={{ direction: 'rtl' }} />);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(cell(0, 1));
  });

  it('activates with Enter, Space and click, and the clicked cell takes the tab stop', async () => {
    const onActivate = vi.fn();
    render(<Grid rows={2} cols={3} onActivate={onActivate} />);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowRight}{Enter}');
    expect(onActivate).toHaveBeenLastCalledWith({ row: 0, col: 1 });
    await userEvent.keyboard(' ');
    expect(onActivate).toHaveBeenCalledTimes(2);
    await userEvent.click(cell(1, 2));
    expect(onActivate).toHaveBeenLastCalledWith({ row: 1, col: 2 });
    expect(tabStops()).toEqual([cell(1, 2)]);
  });

  it('keeps focus in the grid when the focused cell disappears (grid shrinks)', async () => {
    let shrink: () => void = () => {};
    function Host() {
      const [n, setN] = useState(4);
      shrink = () => setN(2);
      return <Grid rows={n} cols={n} />;
    }
    render(<Host />);
    await userEvent.tab();
    await userEvent.keyboard('{Control>}{End}{/Control}');
    expect(document.activeElement).toBe(cell(3, 3));
    act(() => shrink());
    expect(document.activeElement).toBe(cell(1, 1));
    expect(tabStops()).toEqual([cell(1, 1)]);
  });

  it('keeps the focused element across a re-render that keeps the cell', async () => {
    let bump: () => void = () => {};
    function Host() {
      const [, setN] = useState(0);
      bump = () => setN((x) => x + 1);
      return <Grid rows={3} cols={3} />;
    }
    render(<Host />);
    await userEvent.tab();
    await userEvent.keyboard('{ArrowDown}');
    const before = document.activeElement;
    act(() => bump());
    expect(document.activeElement).toBe(before);
  });

  it('does not pull focus back after the user left the grid', async () => {
    let shrink: () => void = () => {};
    function Host() {
      const [n, setN] = useState(3);
      shrink = () => setN(1);
      return (
        <>
          <Grid rows={n} cols={n} />
          <button>elsewhere</button>
        </>
      );
    }
    render(<Host />);
    await userEvent.tab();
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('button'));
    act(() => shrink());
    expect(document.activeElement).toBe(screen.getByRole('button'));
  });

  it('renders an empty grid without a tab stop and ignores keys', () => {
    render(<Grid rows={0} cols={3} />);
    expect(screen.queryAllByRole('gridcell')).toHaveLength(0);
    expect(fireEvent.keyDown(screen.getByRole('grid'), { key: 'ArrowRight' })).toBe(true);
  });
});
