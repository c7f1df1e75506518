import {
  modelCard,
  modelCardToMarkdown,
  resolveGovernanceMessages,
  type GovernanceMessages,
  type ModelCardFacts,
} from '@sextant/core';
import { forwardRef, useId, useRef, type KeyboardEvent } from 'react';
import { VisuallyHidden } from '../../frame/VisuallyHidden';
import { WidgetFrame, type WidgetBaseProps } from '../../frame/WidgetFrame';
import { useControllableState } from '../../hooks/useControllableState';
import { useElementWidth } from '../../hooks/useElementWidth';
import { useSafeComputation } from '../../hooks/useSafeComputation';
import { navKeyTarget } from './nav';
import { NO_LABELS, useCopyMarkdown } from '../../frame/useCopyMarkdown';
import { SectionView } from './parts';

/** Props of {@link ModelCard}. */
export interface ModelCardProps extends WidgetBaseProps {
  /** What the card is written from: the team's facts and this SDK's results (see core's `modelCard`). */
  facts: ModelCardFacts;
  /** The instant the card is written at (epoch ms or ISO 8601 with `Z` or an offset); risks are scored on its date. */
  now: string | number;
  /** Decimals of metric values and intervals. @default 2 */
  digits?: number;
  /** A between-group difference above this is an ethical consideration. @default 0.1 */
  fairnessThreshold?: number;
  /** Catalogue entries to replace (house style, another language). */
  messages?: Partial<GovernanceMessages>;
  /** Section navigation shown (controlled). */
  navOpen?: boolean;
  /** Section navigation shown at first (uncontrolled). @default open when the widget is at least 640 px wide */
  defaultNavOpen?: boolean;
  onNavOpenChange?: (open: boolean) => void;
  /** Called with the Markdown each time it is copied (for hosts that file it somewhere). */
  onCopyMarkdown?: (markdown: string) => void;
  /** Heading of the widget. @default the card's title ("Model card: Fraud scorer 7.2") */
  title?: string;
}

/**
 * A model card (Mitchell et al., "Model Cards for Model Reporting") for a portal or an audit
 * folder: the nine sections written by core's `modelCard` from the team's facts and this SDK's
 * results, each fact with its source and each missing fact flagged, metric tables with their
 * bootstrap intervals ("0.91 (0.89–0.93)"), a section navigation that collapses, a "Copy as
 * Markdown" action, and print styles that put each section on its own page without controls.
 *
 * @example
 * ```tsx
 * <ModelCard facts={facts} now="2026-06-30T12:00:00Z" />
 * ```
 */
export const ModelCard = /* @__PURE__ */ forwardRef<HTMLElement, ModelCardProps>(function ModelCard(
  {
    facts,
    now,
    digits,
    fairnessThreshold,
    messages,
    navOpen: navOpenProp,
    defaultNavOpen,
    onNavOpenChange,
    onCopyMarkdown,
    title,
    headingLevel = 3,
    ...rest
  },
  ref,
) {
  const model = useSafeComputation(() => {
    const m = resolveGovernanceMessages(messages);
    const card = modelCard(facts, { now, digits, fairnessThreshold, messages });
    return { m, card };
  }, [facts, now, digits, fairnessThreshold, messages]);
  const v = model.ok ? model.value : null;

  const id = useId();
  const layoutRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(layoutRef, 0);
  const [navOpenState, setNavOpen] = useControllableState<boolean | null>({
    value: navOpenProp,
    defaultValue: defaultNavOpen ?? null,
    onChange: (open) => {
      if (open !== null) onNavOpenChange?.(open);
    },
    name: 'ModelCard.navOpen',
  });
  // Until the person chooses, the navigation is open where there is room for it beside the card.
  const navOpen = navOpenState ?? width >= 640;
  const toggleRef = useRef<HTMLButtonElement>(null);
  const linkRefs = useRef<(HTMLAnchorElement | null)[]>([]);
  const headingRefs = useRef<(HTMLHeadingElement | null)[]>([]);

  const { button: copyButton, below } = useCopyMarkdown('sextant-model-card', v ? v.m : NO_LABELS, () => {
    if (!v) return null;
    const md = modelCardToMarkdown(v.card, { messages });
    onCopyMarkdown?.(md);
    return md;
  });

  const SubHeading = `h${Math.min(6, headingLevel + 1)}` as 'h4';
  const sections = v?.card.sections ?? [];

  const goTo = (index: number) => {
    const h = headingRefs.current[index];
    if (!h) return;
    h.focus();
    if (typeof h.scrollIntoView === 'function') h.scrollIntoView({ block: 'start' });
  };

  const onNavKey = (e: KeyboardEvent<HTMLAnchorElement>, index: number) => {
    const next = navKeyTarget(e.key, index, sections.length);
    if (next === null) return;
    e.preventDefault();
    if (next === 'close') {
      setNavOpen(false);
      toggleRef.current?.focus();
    } else linkRefs.current[next]?.focus();
  };

  const actions = v ? copyButton : null;

  const missingTotal = v?.card.missing.length ?? 0;

  return (
    <WidgetFrame
      ref={ref}
      widget="model-card"
      title={title ?? v?.card.title ?? 'Model card'}
      description={v ? v.card.completenessText : undefined}
      headingLevel={headingLevel}
      error={model.error}
      actions={actions}
      resetKeys={[facts, now, messages]}
      data-missing={v ? missingTotal : undefined}
      {...rest}
    >
      {v ? (
        <>
          <div ref={layoutRef} className="sextant-model-card__layout" data-nav={navOpen ? 'open' : 'closed'}>
            <nav className="sextant-model-card__nav" aria-label={v.m.sectionsNav}>
              <button
                ref={toggleRef}
                type="button"
                className="sextant-model-card__nav-toggle"
                aria-expanded={navOpen}
                aria-controls={`${id}-nav`}
                onClick={() => setNavOpen(!navOpen)}
              >
                <span className="sextant-model-card__chevron" aria-hidden="true" />
                {v.m.sectionsNav}
              </button>
              <ol id={`${id}-nav`} className="sextant-model-card__nav-list" hidden={!navOpen}>
                {sections.map((s, k) => (
                  <li key={s.id}>
                    <a
                      ref={(el) => {
                        linkRefs.current[k] = el;
                      }}
                      href={`#${id}-${s.id}`}
                      className="sextant-model-card__nav-link"
                      onClick={(e) => {
                        e.preventDefault();
                        goTo(k);
                      }}
                      onKeyDown={(e) => onNavKey(e, k)}
                    >
                      <span className="sextant-model-card__nav-text">{s.title}</span>
                      {s.missing.length ? (
                        <span className="sextant-model-card__nav-missing">
                          <VisuallyHidden>, {v.m.missingTitle}: </VisuallyHidden>
                          {s.missing.length}
                        </span>
                      ) : null}
                    </a>
                  </li>
                ))}
              </ol>
            </nav>
            <div className="sextant-model-card__sections">
              {sections.map((s, k) => (
                <SectionView
                  key={s.id}
                  ref={(el) => {
                    headingRefs.current[k] = el;
                  }}
                  section={s}
                  headingId={`${id}-${s.id}`}
                  heading={SubHeading}
                  messages={v.m}
                />
              ))}
            </div>
          </div>
          {below}
        </>
      ) : null}
    </WidgetFrame>
  );
});
