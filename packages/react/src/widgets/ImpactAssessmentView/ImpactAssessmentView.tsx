import {
  impactAssessment,
  impactAssessmentToMarkdown,
  resolveGovernanceMessages,
  type GovernanceMessages,
  type ImpactAssessmentFacts,
  type ImpactAssessmentOptions,
  type ImpactQuestion,
} from '@sextant/core';
import { forwardRef, useId } from 'react';
import { levelOf } from '../../frame/props';
import { WidgetFrame, type WidgetBaseProps } from '../../frame/WidgetFrame';
import { useSafeComputation } from '../../hooks/useSafeComputation';
import { NO_LABELS, useCopyMarkdown } from '../../frame/useCopyMarkdown';

/** Props of {@link ImpactAssessmentView}. */
export interface ImpactAssessmentViewProps extends WidgetBaseProps {
  /** A model card's facts plus delivery figures and people's answers (see core's `impactAssessment`). */
  facts: ImpactAssessmentFacts;
  /** The instant the assessment is written at (epoch ms or ISO 8601 with `Z` or an offset). */
  now: string | number;
  /** Thresholds of the findings (core's defaults: fairness 0.1, Data Quality Index 80, change failure 15 %, recovery 24 h, card 80 %). */
  thresholds?: Pick<
    ImpactAssessmentOptions,
    | 'fairnessThreshold'
    | 'dataQualityThreshold'
    | 'changeFailureRateThreshold'
    | 'recoveryHoursThreshold'
    | 'cardCompletenessThreshold'
  >;
  /** Catalogue entries to replace (house style, another language). */
  messages?: Partial<GovernanceMessages>;
  /** Called with the Markdown each time it is copied. */
  onCopyMarkdown?: (markdown: string) => void;
  /** Heading of the widget. @default the assessment's title */
  title?: string;
}

function Question({ q, m }: { q: ImpactQuestion; m: GovernanceMessages }) {
  return (
    <li className="sextant-impact-assessment-view__question" data-status={q.status} data-finding={q.finding ?? undefined}>
      <p className="sextant-impact-assessment-view__ask">{q.question}</p>
      <p className="sextant-impact-assessment-view__badges">
        <span className="sextant-impact-assessment-view__badge" data-status={q.status}>
          {q.statusLabel}
        </span>
        {q.finding ? (
          <span className="sextant-impact-assessment-view__badge" data-finding={q.finding}>
            {m.findingLabel(q.finding)}
          </span>
        ) : null}
      </p>
      {q.answer !== null ? <p className="sextant-impact-assessment-view__answer">{q.answer}</p> : null}
      {q.evidence.length ? (
        <details className="sextant-impact-assessment-view__evidence">
          <summary>{m.evidenceTitle(q.evidence.length)}</summary>
          <ul>
            {q.evidence.map((e, k) => (
              <li key={k}>
                {e.text} <code>{e.path}</code>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  );
}

/**
 * An AI impact assessment by the NIST AI RMF functions — Govern, Map, Measure, Manage — as
 * core's `impactAssessment` writes it: each question answered from the SDK's evidence (with a
 * finding and the evidence behind it), by a person, or flagged "Needs an answer"; the open
 * questions listed first; "Copy as Markdown" for the audit folder.
 *
 * @example
 * ```tsx
 * <ImpactAssessmentView facts={facts} now="2026-06-30T12:00:00Z" />
 * ```
 */
export const ImpactAssessmentView = /* @__PURE__ */ forwardRef<HTMLElement, ImpactAssessmentViewProps>(
  function ImpactAssessmentView({ facts, now, thresholds, messages, onCopyMarkdown, title, headingLevel = 3, ...rest }, ref) {
    const model = useSafeComputation(() => {
      const m = resolveGovernanceMessages(messages);
      return { m, a: impactAssessment(facts, { ...thresholds, now, messages }) };
    }, [facts, now, thresholds, messages]);
    const v = model.ok ? model.value : null;
    const id = useId();
    const { button, below } = useCopyMarkdown('sextant-impact-assessment-view', v ? v.m : NO_LABELS, () => {
      if (!v) return null;
      const md = impactAssessmentToMarkdown(v.a, { messages });
      onCopyMarkdown?.(md);
      return md;
    });
    const H = `h${Math.min(6, levelOf(headingLevel) + 1)}` as 'h4';
    return (
      <WidgetFrame
        ref={ref}
        widget="impact-assessment-view"
        title={title ?? v?.a.title ?? 'AI impact assessment'}
        description={v ? v.m.assessmentSummary(v.a.counts) : undefined}
        headingLevel={headingLevel}
        error={model.error}
        actions={v ? button : null}
        resetKeys={[facts, now, messages]}
        data-open={v ? v.a.counts.open : undefined}
        {...rest}
      >
        {v ? (
          <>
            <section
              className="sextant-impact-assessment-view__open"
              aria-labelledby={`${id}-open`}
              data-open={v.a.openQuestions.length}
            >
              <H id={`${id}-open`} className="sextant-impact-assessment-view__open-title">
                {v.m.openQuestionsTitle(v.a.openQuestions.length)}
              </H>
              {v.a.openQuestions.length ? (
                <ol>
                  {v.a.openQuestions.map((q) => (
                    <li key={q.id}>
                      <span className="sextant-impact-assessment-view__fn">{v.m.functionTitle(q.function)}</span> {q.question}
                    </li>
                  ))}
                </ol>
              ) : null}
            </section>
            {v.a.functions.map((f) => (
              <section
                key={f.id}
                className="sextant-impact-assessment-view__function"
                aria-labelledby={`${id}-${f.id}`}
                data-function={f.id}
              >
                <H id={`${id}-${f.id}`} className="sextant-impact-assessment-view__function-title">
                  {f.title}
                </H>
                <p className="sextant-impact-assessment-view__function-desc">{f.description}</p>
                <ol className="sextant-impact-assessment-view__questions">
                  {f.questions.map((q) => (
                    <Question key={q.id} q={q} m={v.m} />
                  ))}
                </ol>
              </section>
            ))}
            {below}
          </>
        ) : null}
      </WidgetFrame>
    );
  },
);
