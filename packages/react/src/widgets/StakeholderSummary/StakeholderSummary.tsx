import {
  AUDIENCES,
  resolveMessages,
  SextantError,
  stakeholderSummary,
  summaryToMarkdown,
  type Audience,
  type SummaryFacts,
  type SummaryMessages,
} from '@sextant/core';
import { forwardRef, useId, useMemo, useRef, type KeyboardEvent } from 'react';
import { levelOf } from '../../frame/props';
import { WidgetFrame, type WidgetBaseProps } from '../../frame/WidgetFrame';
import { useControllableState } from '../../hooks/useControllableState';
import { useSafeComputation } from '../../hooks/useSafeComputation';
import { useSextantContext } from '../../theme';
import { Asks, placeTrends, Section, StatusBanner } from './parts';
import { tabKeyTarget } from './tabKeys';
import { NO_LABELS, useCopyMarkdown } from '../../frame/useCopyMarkdown';

/** Props of {@link StakeholderSummary}. */
export interface StakeholderSummaryProps extends WidgetBaseProps {
  /** The project's facts: metrics, drift, fairness, data quality, risks, delivery, milestones, `now`. */
  facts: SummaryFacts;
  /** The audience shown (controlled). */
  audience?: Audience;
  /** The audience shown first (uncontrolled). @default the first of `audiences` */
  defaultAudience?: Audience;
  onAudienceChange?: (audience: Audience) => void;
  /** The tabs, in order. @default ['executive', 'technical', 'business', 'legal'] */
  audiences?: readonly Audience[];
  /** Catalogue entries to replace (house style), or a whole catalogue (another language). */
  messages?: Partial<SummaryMessages>;
  /** Locale of numbers and dates. @default the SextantProvider's, else 'en-US' */
  locale?: string;
  /** Zone in which dates are shown. @default 'UTC' */
  timeZone?: string;
  /** Called with the Markdown each time it is copied (for hosts that post it somewhere). */
  onCopyMarkdown?: (markdown: string, audience: Audience) => void;
  /** Heading of the widget. @default the project's name */
  title?: string;
}

function checkAudiences(audiences: unknown): readonly Audience[] {
  if (!Array.isArray(audiences) || audiences.length === 0) {
    throw new SextantError('INVALID_OPTION', 'audiences must be a non-empty array of executive, technical, business, legal', {
      argument: 'audiences',
    });
  }
  audiences.forEach((a, i) => {
    if (!AUDIENCES.includes(a as Audience)) {
      throw new SextantError(
        'INVALID_OPTION',
        `audiences[${i}] must be executive, technical, business or legal; got ${String(a)}`,
        {
          argument: `audiences[${i}]`,
        },
      );
    }
  });
  return audiences as Audience[];
}

/**
 * The project's status told to each stakeholder group from one set of facts: audience tabs,
 * the status with the rule that set it, sections with evidence and sparklines, the asks, and a
 * "Copy as Markdown" button for chat and wikis. Prints as a clean one-page report of the
 * audience shown. Every sentence and number comes from core's `stakeholderSummary`.
 *
 * @example
 * ```tsx
 * <StakeholderSummary facts={facts} defaultAudience="executive" />
 * ```
 */
export const StakeholderSummary = /* @__PURE__ */ forwardRef<HTMLElement, StakeholderSummaryProps>(function StakeholderSummary(
  {
    facts,
    audience: audienceProp,
    defaultAudience,
    onAudienceChange,
    audiences = AUDIENCES,
    messages,
    locale: localeProp,
    timeZone,
    onCopyMarkdown,
    title,
    headingLevel = 3,
    ...rest
  },
  ref,
) {
  const { locale: contextLocale } = useSextantContext();
  const locale = localeProp ?? contextLocale ?? 'en-US';
  const [audience, setAudience] = useControllableState<Audience>({
    value: audienceProp,
    defaultValue: defaultAudience ?? (Array.isArray(audiences) && AUDIENCES.includes(audiences[0]) ? audiences[0] : 'executive'),
    onChange: onAudienceChange,
    name: 'StakeholderSummary.audience',
  });

  const model = useSafeComputation(() => {
    const tabs = checkAudiences(audiences);
    const m = resolveMessages(messages);
    const shown = tabs.includes(audience) ? audience : tabs[0];
    const summary = stakeholderSummary(facts, { audience: shown, messages, locale, timeZone });
    return { tabs, m, summary, trendAt: placeTrends(summary) };
  }, [facts, audience, audiences, messages, locale, timeZone]);

  const id = useId();
  const tabRefs = useRef(new Map<Audience, HTMLButtonElement>());

  const projectName = useMemo(() => {
    const name = (facts as { project?: { name?: unknown } } | null)?.project?.name;
    return typeof name === 'string' && name !== '' ? name : undefined;
  }, [facts]);

  const v = model.ok ? model.value : null;
  const SubHeading = `h${Math.min(6, levelOf(headingLevel) + 1)}` as 'h4';

  const select = (a: Audience, focus: boolean) => {
    setAudience(a);
    if (focus) tabRefs.current.get(a)?.focus();
  };

  const onTabKey = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    if (!v) return;
    const rtl = getComputedStyle(e.currentTarget).direction === 'rtl';
    const next = tabKeyTarget(e.key, index, v.tabs.length, rtl);
    if (next === null) return;
    e.preventDefault();
    select(v.tabs[next], true);
  };

  const { button: actions, below } = useCopyMarkdown(
    'sextant-stakeholder-summary',
    v
      ? {
          copyMarkdown: v.m.copyMarkdown(),
          copied: v.m.copied(),
          copyFailed: v.m.copyFailed(),
          announcement: v.m.copiedAnnouncement({ audience: v.summary.audienceLabel }),
        }
      : NO_LABELS,
    () => {
      if (!v) return null;
      const md = summaryToMarkdown(v.summary);
      onCopyMarkdown?.(md, v.summary.audience);
      return md;
    },
  );

  return (
    <WidgetFrame
      ref={ref}
      widget="stakeholder-summary"
      title={title ?? projectName ?? 'Stakeholder summary'}
      description={v ? v.m.reportDate({ date: v.summary.dateText }) : undefined}
      headingLevel={headingLevel}
      error={model.error}
      actions={v ? actions : undefined}
      resetKeys={[facts, audience, messages, locale]}
      data-audience={v?.summary.audience}
      data-status={v?.summary.status}
      {...rest}
    >
      {v ? (
        <>
          <div role="tablist" aria-label={v.m.audiencesLabel()} className="sextant-stakeholder-summary__tabs">
            {v.tabs.map((a, i) => {
              const on = a === v.summary.audience;
              return (
                <button
                  key={a}
                  ref={(el) => {
                    if (el) tabRefs.current.set(a, el);
                    else tabRefs.current.delete(a);
                  }}
                  type="button"
                  role="tab"
                  id={`${id}-tab-${a}`}
                  aria-selected={on}
                  aria-controls={on ? `${id}-panel` : undefined}
                  tabIndex={on ? 0 : -1}
                  className="sextant-stakeholder-summary__tab"
                  onClick={() => select(a, false)}
                  onKeyDown={(e) => onTabKey(e, i)}
                >
                  {v.m.audienceLabel(a)}
                </button>
              );
            })}
          </div>
          <div
            role="tabpanel"
            id={`${id}-panel`}
            aria-labelledby={`${id}-tab-${v.summary.audience}`}
            tabIndex={0}
            className="sextant-stakeholder-summary__panel"
          >
            <p className="sextant-stakeholder-summary__print-title">{v.summary.title}</p>
            <StatusBanner summary={v.summary} />
            <p className="sextant-stakeholder-summary__headline">{v.summary.headline}</p>
            {v.summary.sections.map((s, i) => (
              <Section key={s.id} section={s} heading={SubHeading} trendAt={v.trendAt[i]} messages={v.m} />
            ))}
            <Asks summary={v.summary} heading={SubHeading} />
          </div>
          {below}
        </>
      ) : null}
    </WidgetFrame>
  );
});
