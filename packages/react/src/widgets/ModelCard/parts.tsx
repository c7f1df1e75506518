import type { GovernanceMessages, ModelCardItem, ModelCardSection } from '@sextant/core';
import { forwardRef, type ReactNode } from 'react';

type Heading = 'h3' | 'h4' | 'h5' | 'h6';

/** Consecutive fields and lists share one description list; notes one list; tables stand alone. */
type Block =
  | { kind: 'facts'; items: Extract<ModelCardItem, { kind: 'field' | 'list' }>[] }
  | { kind: 'notes'; items: Extract<ModelCardItem, { kind: 'note' }>[] }
  | { kind: 'table'; item: Extract<ModelCardItem, { kind: 'table' }> };

function blocks(items: readonly ModelCardItem[]): Block[] {
  const out: Block[] = [];
  for (const i of items) {
    const last = out[out.length - 1];
    if (i.kind === 'table') out.push({ kind: 'table', item: i });
    else if (i.kind === 'note') {
      if (last?.kind === 'notes') last.items.push(i);
      else out.push({ kind: 'notes', items: [i] });
    } else if (last?.kind === 'facts') last.items.push(i);
    else out.push({ kind: 'facts', items: [i] });
  }
  return out;
}

/** A value with its interval: the interval in a quieter tone (same text for every reader). */
function CellText({ text }: { text: string }) {
  const at = text.indexOf(' (');
  if (at < 0 || !text.endsWith(')')) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <span className="sextant-model-card__interval">{text.slice(at)}</span>
    </>
  );
}

function Table({ item }: { item: Extract<ModelCardItem, { kind: 'table' }> }) {
  return (
    // A keyboard user can scroll a wide table: the wrapper is focusable and named by its caption.
    <div className="sextant-model-card__table-scroll" tabIndex={0} role="group" aria-label={item.caption}>
      <table className="sextant-model-card__table">
        <caption>{item.caption}</caption>
        <thead>
          <tr>
            {item.columns.map((c, k) => (
              <th key={k} scope="col" data-numeric={k > 0 ? '' : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {item.rows.map((r, k) => (
            <tr key={k} data-row={k === 0 ? 'overall' : k === item.rows.length - 1 ? 'difference' : 'group'}>
              <th scope="row">{r.label}</th>
              {r.cells.map((c, j) => (
                <td key={j} data-numeric="">
                  <CellText text={c.text} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Facts({ items }: { items: Extract<ModelCardItem, { kind: 'field' | 'list' }>[] }) {
  return (
    <dl className="sextant-model-card__facts">
      {items.map((i) => (
        <div key={i.field} className="sextant-model-card__fact">
          <dt>{i.label}</dt>
          {i.kind === 'field' ? (
            <dd>{i.value}</dd>
          ) : i.values.length === 1 ? (
            <dd>{i.values[0]}</dd>
          ) : (
            <dd>
              <ul>
                {i.values.map((v, k) => (
                  <li key={k}>{v}</li>
                ))}
              </ul>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}

function Notes({ items }: { items: Extract<ModelCardItem, { kind: 'note' }>[] }) {
  return (
    <ul className="sextant-model-card__notes">
      {items.map((n, k) => (
        <li key={k} className="sextant-model-card__note" data-tone={n.tone}>
          <span className="sextant-model-card__tone" aria-hidden="true" />
          <span>{n.text}</span>
        </li>
      ))}
    </ul>
  );
}

export interface SectionViewProps {
  section: ModelCardSection;
  headingId: string;
  heading: Heading;
  messages: GovernanceMessages;
  children?: ReactNode;
}

/** One section of the card: its facts, notes and tables, what is missing, and the sources. */
export const SectionView = /* @__PURE__ */ forwardRef<HTMLHeadingElement, SectionViewProps>(function SectionView(
  { section, headingId, heading: H, messages },
  ref,
) {
  return (
    <section
      className="sextant-model-card__section"
      aria-labelledby={headingId}
      data-section={section.id}
      data-missing={section.missing.length || undefined}
    >
      <H id={headingId} ref={ref} tabIndex={-1} className="sextant-model-card__section-title">
        {section.title}
      </H>
      {blocks(section.items).map((b, k) =>
        b.kind === 'table' ? (
          <Table key={k} item={b.item} />
        ) : b.kind === 'notes' ? (
          <Notes key={k} items={b.items} />
        ) : (
          <Facts key={k} items={b.items} />
        ),
      )}
      {section.missing.length ? (
        <div className="sextant-model-card__missing">
          <p className="sextant-model-card__missing-title">
            <span className="sextant-model-card__missing-icon" aria-hidden="true">
              ?
            </span>
            {messages.missingTitle}
          </p>
          <ul>
            {section.missing.map((m) => (
              <li key={m.field}>{m.text}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {section.sources.length ? (
        <p className="sextant-model-card__sources">
          {messages.sourcesTitle}:{' '}
          {section.sources.map((s, k) => (
            <span key={s.kind}>
              {k > 0 ? '; ' : ''}
              {s.name} (<code>{s.paths.join(', ')}</code>)
            </span>
          ))}
        </p>
      ) : null}
    </section>
  );
});
