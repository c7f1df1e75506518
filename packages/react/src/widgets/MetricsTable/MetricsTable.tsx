import { bestMetricValues, SextantError, toCsv, type MetricBest } from '@sextant/core';
import {
  columnFilteringFeature,
  columnPinningFeature,
  columnVisibilityFeature,
  createFilteredRowModel,
  createSortedRowModel,
  filterFns,
  globalFilteringFeature,
  rowSortingFeature,
  sortFns,
  tableFeatures,
  useTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { forwardRef, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { VisuallyHidden } from '../../frame/VisuallyHidden';
import { isPlainObject, refuse } from '../../frame/props';
import { useMessages } from '../../frame/messages';
import { WidgetFrame, type WidgetBaseProps } from '../../frame/WidgetFrame';
import { useSafeComputation } from '../../hooks/useSafeComputation';
import { useSextantContext } from '../../theme';
import { gridNavigation, type GridPosition } from '../../grid/gridNavigation';
import { DEFAULT_METRICS_TABLE_MESSAGES, type MetricsTableMessages } from './messages';

/** One row: an experiment or model version. Values are strings, numbers or null (missing). */
export type MetricsRow = Readonly<Record<string, string | number | null | undefined>>;

/** A column of {@link MetricsTable}. */
export interface MetricsTableColumn {
  id: string;
  header: string;
  /** Metric columns get the best value marked; with `direction` a column is a metric. */
  direction?: 'higher' | 'lower';
  /** Number format of a metric. @default 'number' */
  format?: 'number' | 'percent' | 'milliseconds' | 'integer' | Intl.NumberFormatOptions;
}

const FORMATS: ReadonlySet<unknown> = new Set(['number', 'percent', 'milliseconds', 'integer']);

/** Props of {@link MetricsTable}. */
export interface MetricsTableProps extends WidgetBaseProps {
  rows: readonly MetricsRow[];
  /** The first column is pinned (the run or model name). */
  columns: readonly MetricsTableColumn[];
  /** @default [] */
  defaultSorting?: SortingState;
  onSortingChange?: (sorting: SortingState) => void;
  /** Columns hidden at first, by id. @default [] */
  defaultHidden?: readonly string[];
  /** Height of the scrolling body in px; rows outside it are not rendered (virtualised). @default 420 */
  height?: number;
  /** Called with the CSV text of the visible rows and columns; without it the widget downloads a file. */
  onExport?: (csv: string) => void;
  /** @default 'metrics.csv' */
  fileName?: string;
  messages?: Partial<MetricsTableMessages>;
}

const ROW_H = 36;

const features = /* @__PURE__ */ tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  columnVisibilityFeature,
  columnPinningFeature,
  filteredRowModel: /* @__PURE__ */ createFilteredRowModel(),
  sortedRowModel: /* @__PURE__ */ createSortedRowModel(),
  filterFns,
  sortFns,
});

function formatOptions(f: MetricsTableColumn['format']): Intl.NumberFormatOptions {
  if (f === 'percent') return { style: 'percent', maximumFractionDigits: 1 };
  if (f === 'milliseconds') return { style: 'unit', unit: 'millisecond', maximumFractionDigits: 0 };
  if (f === 'integer') return { maximumFractionDigits: 0 };
  if (f === undefined || f === 'number') return { maximumFractionDigits: 4 };
  return f;
}

/**
 * Experiment and model-version comparison on @tanstack/react-table v9: sort by any column,
 * filter rows by text, hide and show columns, the first column pinned, the best value of
 * each metric marked (direction-aware: lower is better for loss and latency, core's
 * `bestMetricValues`), locale-aware numbers, CSV export (core's `toCsv`, formula-safe), and
 * a virtualised body (10k rows render only what is on screen). The body is a keyboard grid:
 * arrow keys, Home / End (with Ctrl: first / last row), PageUp / PageDown.
 *
 * @example
 * ```tsx
 * <MetricsTable title="Model versions" rows={runs}
 *   columns={[{ id: 'run', header: 'Run' }, { id: 'f1', header: 'F1', direction: 'higher' }, { id: 'p95', header: 'p95', direction: 'lower', format: 'milliseconds' }]} />
 * ```
 */
export const MetricsTable = /* @__PURE__ */ forwardRef<HTMLElement, MetricsTableProps>(function MetricsTable(
  {
    rows,
    columns,
    defaultSorting = [],
    onSortingChange,
    defaultHidden = [],
    height = 420,
    onExport,
    fileName = 'metrics.csv',
    messages: messagesProp,
    title = 'Model comparison',
    ...rest
  },
  ref,
) {
  const { messages: messages, error: messagesError } = useMessages(DEFAULT_METRICS_TABLE_MESSAGES, messagesProp);
  const check = useSafeComputation<MetricBest[]>(() => {
    if (!Array.isArray(columns) || columns.length === 0) {
      throw new SextantError('EMPTY_INPUT', 'columns must list at least the name column', { argument: 'columns' });
    }
    const seen = new Set<string>();
    columns.forEach((c, i) => {
      if (!c || typeof c.id !== 'string' || seen.has(c.id)) {
        throw new SextantError('INVALID_OPTION', `columns[${i}] needs a unique string id`, {
          argument: `columns[${i}]`,
          index: i,
        });
      }
      seen.add(c.id);
      if (typeof c.header !== 'string') throw refuse(`columns[${i}].header`, 'a string', c.header);
      if (c.direction !== undefined && c.direction !== 'higher' && c.direction !== 'lower') {
        throw refuse(`columns[${i}].direction`, "'higher' or 'lower'", c.direction);
      }
      if (c.format !== undefined && !FORMATS.has(c.format) && !isPlainObject(c.format)) {
        throw refuse(
          `columns[${i}].format`,
          "'number', 'percent', 'milliseconds', 'integer' or Intl.NumberFormat options",
          c.format,
        );
      }
    });
    // Cells are shown as text: an object or a symbol would throw or read "[object Object]".
    if (Array.isArray(rows)) {
      for (let r = 0; r < rows.length; r++) {
        const row: unknown = rows[r];
        if (!isPlainObject(row)) throw refuse(`rows[${r}]`, 'an object of cells', row);
        for (const c of columns) {
          const v = row[c.id];
          if (!(v === undefined || v === null || typeof v === 'string' || typeof v === 'number')) {
            throw refuse(`rows[${r}].${c.id}`, 'text, a number or null', v);
          }
        }
      }
    }
    return bestMetricValues(
      rows,
      columns.filter((c) => c.direction !== undefined).map((c) => ({ id: c.id, direction: c.direction as 'higher' | 'lower' })),
    );
  }, [rows, columns]);

  return (
    <WidgetFrame
      ref={ref}
      widget="metrics-table"
      title={title}
      error={messagesError ?? check.error}
      resetKeys={[rows, columns]}
      {...(check.ok && rows.length === 0 ? { 'data-state': 'empty' } : {})}
      {...rest}
    >
      {check.ok ? (
        <TableBody
          rows={rows}
          columns={columns}
          best={check.value}
          defaultSorting={defaultSorting}
          onSortingChange={onSortingChange}
          defaultHidden={defaultHidden}
          height={height}
          onExport={onExport}
          fileName={fileName}
          messages={messages}
        />
      ) : null}
    </WidgetFrame>
  );
});

interface BodyProps {
  rows: readonly MetricsRow[];
  columns: readonly MetricsTableColumn[];
  best: MetricBest[];
  defaultSorting: SortingState;
  onSortingChange?: (s: SortingState) => void;
  defaultHidden: readonly string[];
  height: number;
  onExport?: (csv: string) => void;
  fileName: string;
  messages: MetricsTableMessages;
}

function TableBody({
  rows,
  columns,
  best,
  defaultSorting,
  onSortingChange,
  defaultHidden,
  height,
  onExport,
  fileName,
  messages,
}: BodyProps) {
  const { locale } = useSextantContext();
  const id = useId();
  const bestRows = useMemo(() => {
    const m = new Map<string, Set<number>>();
    for (const b of best) m.set(b.id, new Set(b.rows));
    return m;
  }, [best]);
  const metricIds = useMemo(() => new Set(columns.filter((c) => c.direction !== undefined).map((c) => c.id)), [columns]);
  const formatters = useMemo(() => {
    const m = new Map<string, Intl.NumberFormat>();
    for (const c of columns)
      if (c.direction !== undefined || c.format !== undefined)
        m.set(c.id, new Intl.NumberFormat(locale, formatOptions(c.format)));
    return m;
  }, [columns, locale]);

  const defs = useMemo<ColumnDef<typeof features, MetricsRow>[]>(
    () =>
      columns.map((c, i) => ({
        id: c.id,
        header: c.header,
        // Own properties only: a column named '__proto__' or 'constructor' reads the row's data.
        accessorFn: (row: MetricsRow) => (Object.prototype.hasOwnProperty.call(row, c.id) ? (row[c.id] ?? undefined) : undefined),
        sortUndefined: 'last' as const,
        sortDescFirst: c.direction === 'higher',
        enableGlobalFilter: c.direction === undefined,
        enableHiding: i > 0,
      })),
    [columns],
  );
  const [sorting, setSorting] = useState<SortingState>(defaultSorting);
  const [globalFilter, setGlobalFilter] = useState('');
  const [visibility, setVisibility] = useState<Record<string, boolean>>(() =>
    Object.fromEntries(defaultHidden.map((h) => [h, false])),
  );
  const table = useTable({
    features,
    columns: defs,
    data: rows as MetricsRow[],
    state: { sorting, globalFilter, columnVisibility: visibility, columnPinning: { start: [columns[0].id], end: [] } },
    onSortingChange: (u) => {
      const next = typeof u === 'function' ? u(sorting) : u;
      setSorting(next);
      onSortingChange?.(next);
    },
    onGlobalFilterChange: (u) => setGlobalFilter(typeof u === 'function' ? u(globalFilter) : u),
    onColumnVisibilityChange: (u) => setVisibility(typeof u === 'function' ? u(visibility) : u),
    globalFilterFn: 'includesString',
  });
  const model = table.getRowModel().rows;
  const visibleCols = table.getVisibleLeafColumns();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: model.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_H,
    overscan: 8,
    // Before the first measurement (and in jsdom), render the first screenful.
    initialRect: { width: 800, height },
  });
  const [focus, setFocus] = useState<GridPosition>({ row: 0, col: 0 });
  const pendingFocus = useRef(false);
  const at = { row: Math.min(focus.row, Math.max(0, model.length - 1)), col: Math.min(focus.col, visibleCols.length - 1) };

  useEffect(() => {
    if (!pendingFocus.current) return;
    const cell = scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${at.row}:${at.col}"]`);
    if (cell) {
      pendingFocus.current = false;
      cell.focus();
    }
  });

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>) => {
    const page = Math.max(1, Math.floor(height / ROW_H) - 1);
    const rtl = getComputedStyle(e.currentTarget).direction === 'rtl';
    const next = gridNavigation(at, e, { rows: model.length, cols: visibleCols.length }, { rtl, pageSize: page });
    if (!next) return;
    e.preventDefault();
    setFocus(next);
    pendingFocus.current = true;
    virtualizer.scrollToIndex(next.row, { align: 'auto' });
  };

  const exportCsv = () => {
    const cols = visibleCols.map((c) => ({ id: c.id, header: columns.find((x) => x.id === c.id)?.header ?? c.id }));
    const csv = toCsv(
      model.map((r) => r.original),
      cols,
    );
    if (onExport) {
      onExport(csv);
      return;
    }
    if (typeof URL === 'undefined' || typeof URL.createObjectURL !== 'function') return;
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const measured = virtualizer.getVirtualItems();
  // Before layout (server rendering, jsdom) the virtualizer has no viewport: render the first screenful.
  const items =
    measured.length > 0 || model.length === 0
      ? measured
      : Array.from({ length: Math.min(model.length, Math.ceil(height / ROW_H) + 1) }, (_, i) => ({
          index: i,
          start: i * ROW_H,
          end: (i + 1) * ROW_H,
        }));
  const padTop = items.length > 0 ? items[0].start : 0;
  const padBottom = items.length > 0 ? model.length * ROW_H - items[items.length - 1].end : 0;
  const sortLabel = (dir: false | 'asc' | 'desc') => (dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none');

  return (
    <div className="sextant-metrics-table__body">
      <div className="sextant-metrics-table__toolbar">
        <label className="sextant-metrics-table__filter">
          <span>{messages.filterLabel}</span>
          <input
            type="search"
            value={globalFilter}
            placeholder={messages.filterPlaceholder}
            onChange={(e) => table.setGlobalFilter(e.target.value)}
          />
        </label>
        <details className="sextant-metrics-table__columns">
          <summary>{messages.columnsLabel}</summary>
          <fieldset>
            <legend className="sextant-visually-hidden">{messages.columnsLabel}</legend>
            {table.getAllLeafColumns().map((c, i) => (
              <label key={c.id}>
                <input type="checkbox" checked={c.getIsVisible()} disabled={i === 0} onChange={() => c.toggleVisibility()} />
                {columns[i]?.header ?? c.id}
              </label>
            ))}
          </fieldset>
        </details>
        <button type="button" className="sextant-metrics-table__export" onClick={exportCsv}>
          {messages.exportCsv}
        </button>
      </div>
      <p className="sextant-metrics-table__count" aria-live="polite">
        {messages.showing(new Intl.NumberFormat(locale).format(model.length), new Intl.NumberFormat(locale).format(rows.length))}
      </p>
      {rows.length === 0 ? (
        <p className="sextant-metrics-table__empty">{messages.empty}</p>
      ) : (
        <div ref={scrollRef} className="sextant-metrics-table__scroller" style={{ maxHeight: height }}>
          <table role="grid" aria-rowcount={model.length + 1} aria-colcount={visibleCols.length} aria-describedby={`${id}-help`}>
            <thead>
              <tr aria-rowindex={1}>
                {table.getHeaderGroups()[0].headers.map((h, ci) => {
                  const spec = columns.find((c) => c.id === h.column.id);
                  const dir = h.column.getIsSorted();
                  return (
                    <th
                      key={h.id}
                      scope="col"
                      aria-colindex={ci + 1}
                      aria-sort={sortLabel(dir)}
                      data-pinned={h.column.getIsPinned() || undefined}
                      data-metric={spec?.direction !== undefined || undefined}
                      data-numeric={spec?.format !== undefined || undefined}
                    >
                      <button type="button" className="sextant-metrics-table__sort" onClick={h.column.getToggleSortingHandler()}>
                        {spec?.header ?? h.column.id}
                        {spec?.direction ? (
                          <span
                            className="sextant-metrics-table__direction"
                            title={spec.direction === 'higher' ? messages.higherBetter : messages.lowerBetter}
                          >
                            {spec.direction === 'higher' ? '↑' : '↓'}
                            <VisuallyHidden>
                              {spec.direction === 'higher' ? messages.higherBetter : messages.lowerBetter}
                            </VisuallyHidden>
                          </span>
                        ) : null}
                        <span className="sextant-metrics-table__sort-icon" aria-hidden="true">
                          {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody onKeyDown={onKeyDown}>
              {padTop > 0 ? (
                <tr aria-hidden="true" className="sextant-metrics-table__spacer">
                  <td colSpan={visibleCols.length} style={{ height: padTop }} />
                </tr>
              ) : null}
              {items.map((vi) => {
                const row = model[vi.index];
                return (
                  <tr key={row.id} aria-rowindex={vi.index + 2} style={{ height: ROW_H }}>
                    {row.getVisibleCells().map((cell, ci) => {
                      const colId = cell.column.id;
                      const v = cell.getValue() as string | number | undefined;
                      const isBest = typeof v === 'number' && (bestRows.get(colId)?.has(row.index) ?? false);
                      const fmt = formatters.get(colId);
                      const focused = vi.index === at.row && ci === at.col;
                      const Tag = ci === 0 ? 'th' : 'td';
                      return (
                        <Tag
                          key={cell.id}
                          {...(ci === 0 ? { scope: 'row' } : {})}
                          role="gridcell"
                          aria-colindex={ci + 1}
                          tabIndex={focused ? 0 : -1}
                          data-cell={`${vi.index}:${ci}`}
                          data-pinned={cell.column.getIsPinned() || undefined}
                          data-best={isBest || undefined}
                          data-numeric={typeof v === 'number' || undefined}
                          data-metric={metricIds.has(colId) || undefined}
                          onFocus={() => {
                            if (!focused) setFocus({ row: vi.index, col: ci });
                          }}
                        >
                          {v === undefined || v === null ? (
                            <span className="sextant-metrics-table__missing">{messages.missing}</span>
                          ) : typeof v === 'number' && fmt ? (
                            fmt.format(v)
                          ) : (
                            String(v)
                          )}
                          {isBest ? (
                            <span className="sextant-metrics-table__best">
                              <span aria-hidden="true">★</span>
                              <VisuallyHidden> ({messages.best})</VisuallyHidden>
                            </span>
                          ) : null}
                        </Tag>
                      );
                    })}
                  </tr>
                );
              })}
              {padBottom > 0 ? (
                <tr aria-hidden="true" className="sextant-metrics-table__spacer">
                  <td colSpan={visibleCols.length} style={{ height: padBottom }} />
                </tr>
              ) : null}
            </tbody>
          </table>
        </div>
      )}
      <VisuallyHidden id={`${id}-help`}>{messages.instructions}</VisuallyHidden>
    </div>
  );
}
