import type { StakeholderSummary as Summary, SummaryItem, SummaryMessages, SummarySection, SummaryTrend } from '@sextant/core';
import { useId, useState } from 'react';
import { StatusBadge } from '../../frame/StatusBadge';
import { Sparkline } from './Sparkline';

type Heading = 'h3' | 'h4' | 'h5' | 'h6';

/** The status with the rule's sentence; colour is never the only cue (the badge says it). */
export function StatusBanner({ summary }: { summary: Summary }) {
  return (
    <div className="sextant-stakeholder-summary__banner" data-status={summary.status} data-rule={summary.statusRule}>
      <StatusBadge status={summary.status} label={summary.statusLabel} />
      <p className="sextant-stakeholder-summary__reason">{summary.statusReason}</p>
    </div>
  );
}

function Item({ item, trend, messages }: { item: SummaryItem; trend: SummaryTrend | undefined; messages: SummaryMessages }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const ev = item.evidence ?? [];
  return (
    <li className="sextant-stakeholder-summary__item" data-tone={item.tone ?? 'neutral'}>
      <span className="sextant-stakeholder-summary__tone" aria-hidden="true" />
      <div className="sextant-stakeholder-summary__item-body">
        <div className="sextant-stakeholder-summary__item-line">
          <p className="sextant-stakeholder-summary__text">{item.text}</p>
          {trend || ev.length ? (
            <span className="sextant-stakeholder-summary__item-aside">
              {trend ? <Sparkline trend={trend} /> : null}
              {ev.length ? (
                <button
                  type="button"
                  className="sextant-stakeholder-summary__evidence-toggle"
                  aria-expanded={open}
                  aria-controls={open ? listId : undefined}
                  onClick={() => setOpen((o) => !o)}
                >
                  {messages.evidenceLabel({ count: ev.length })}
                  <span aria-hidden="true" className="sextant-stakeholder-summary__chevron" />
                </button>
              ) : null}
            </span>
          ) : null}
        </div>
        {open ? (
          <ul id={listId} className="sextant-stakeholder-summary__evidence">
            {ev.map((e, i) => (
              <li key={i} data-source={e.source}>
                {e.text}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </li>
  );
}

/** One titled section; `trendAt` gives the sparkline drawn beside an item, by item index. */
export function Section({
  section,
  heading: H,
  trendAt,
  messages,
}: {
  section: SummarySection;
  heading: Heading;
  trendAt: ReadonlyMap<number, SummaryTrend>;
  messages: SummaryMessages;
}) {
  return (
    <section className="sextant-stakeholder-summary__section" data-section={section.id} aria-label={section.title}>
      <H className="sextant-stakeholder-summary__section-title">{section.title}</H>
      <ul className="sextant-stakeholder-summary__items">
        {section.items.map((item, i) => (
          <Item key={i} item={item} trend={trendAt.get(i)} messages={messages} />
        ))}
      </ul>
    </section>
  );
}

/** Where sparklines go: beside the first sentence about each metric that has a trend. Per section, by item index. */
export function placeTrends(summary: Summary): ReadonlyMap<number, SummaryTrend>[] {
  const byId = new Map(summary.trends.map((t) => [t.metricId, t]));
  const drawn = new Set<string>();
  return summary.sections.map((s) => {
    const at = new Map<number, SummaryTrend>();
    s.items.forEach((item, i) => {
      const t = item.metricId === undefined || drawn.has(item.metricId) ? undefined : byId.get(item.metricId);
      if (t) {
        drawn.add(t.metricId);
        at.set(i, t);
      }
    });
    return at;
  });
}

/** The asks as a numbered list. */
export function Asks({ summary, heading: H }: { summary: Summary; heading: Heading }) {
  if (summary.asks.length === 0) return null;
  return (
    <section className="sextant-stakeholder-summary__asks" aria-label={summary.asksTitle}>
      <H className="sextant-stakeholder-summary__section-title">{summary.asksTitle}</H>
      <ol>
        {summary.asks.map((a, i) => (
          <li key={i}>{a}</li>
        ))}
      </ol>
    </section>
  );
}
