import { resolveMessages, type StakeholderGroup, type SummaryMessages, type TeamMember } from '@sextant/core';
import { ClampedText } from '../../frame/ClampedText';
import { forwardRef } from 'react';
import { levelOf } from '../../frame/props';
import { WidgetFrame, type WidgetBaseProps } from '../../frame/WidgetFrame';
import { useSafeComputation } from '../../hooks/useSafeComputation';
import { useSextantContext } from '../../theme';
import { buildPlanModel } from './model';

/** Props of {@link CommunicationPlan}. */
export interface CommunicationPlanProps extends WidgetBaseProps {
  /** Who hears about the project, how often and where (`defaultStakeholderGroups` gives the guide's plan). */
  groups: readonly StakeholderGroup[];
  /** Everyone the groups name, with time zone and working hours. */
  members: readonly TeamMember[];
  /** Start and end of the plan (instants); `to` is exclusive. */
  from: string | number;
  to: string | number;
  /** Catalogue entries to replace, or a whole catalogue. */
  messages?: Partial<SummaryMessages>;
  /** @default the SextantProvider's, else 'en-US' */
  locale?: string;
}

/**
 * The communication plan: per stakeholder group its cadence and channel, and each upcoming
 * update in every member's local time, placed by core's `communicationPlan` where it suits
 * the group's time zones. Times outside someone's working hours are marked in text.
 *
 * @example
 * ```tsx
 * <CommunicationPlan groups={defaultStakeholderGroups({ executive: ['cto'], technical: ['ana', 'kenji'] })}
 *   members={team} from="2026-11-16T00:00:00Z" to="2026-12-14T00:00:00Z" />
 * ```
 */
export const CommunicationPlan = /* @__PURE__ */ forwardRef<HTMLElement, CommunicationPlanProps>(function CommunicationPlan(
  { groups, members, from, to, messages, locale: localeProp, title, headingLevel = 3, ...rest },
  ref,
) {
  const { locale: contextLocale } = useSextantContext();
  const locale = localeProp ?? contextLocale ?? 'en-US';
  const model = useSafeComputation(() => {
    const m = resolveMessages(messages);
    return { m, groups: buildPlanModel(groups, { from, to, members }, m, locale) };
  }, [groups, members, from, to, messages, locale]);
  const SubHeading = `h${Math.min(6, levelOf(headingLevel) + 1)}` as 'h4';
  const fallbackTitle = model.ok ? model.value.m.planTitle() : resolveMessagesSafe(messages).planTitle();

  return (
    <WidgetFrame
      ref={ref}
      widget="communication-plan"
      title={title ?? fallbackTitle}
      headingLevel={headingLevel}
      error={model.error}
      resetKeys={[groups, members, from, to, messages, locale]}
      {...rest}
    >
      {model.ok
        ? model.value.groups.map((g) => (
            <section key={g.id} className="sextant-communication-plan__group" aria-label={g.name} data-all-inside={g.allInside}>
              <ClampedText as={SubHeading} className="sextant-communication-plan__name" text={g.name} focusable />
              <p className="sextant-communication-plan__meta">{g.meta}</p>
              {g.empty ? (
                <p className="sextant-communication-plan__empty">{g.empty}</p>
              ) : (
                <>
                  <p className="sextant-communication-plan__fair" data-all-inside={g.allInside}>
                    {g.fair}
                  </p>
                  <div className="sextant-communication-plan__scroll" tabIndex={0} role="group" aria-label={g.name}>
                    <table className="sextant-communication-plan__table">
                      <thead>
                        <tr>
                          <td />
                          {g.members.map((x) => (
                            <th key={x.id} scope="col">
                              <span className="sextant-communication-plan__member">{x.name}</span>
                              <span className="sextant-communication-plan__zone">{x.timeZone}</span>
                            </th>
                          ))}
                        </tr>
                      </thead>
                      <tbody>
                        {g.updates.map((u, i) => (
                          <tr key={i}>
                            <th scope="row">{u.label}</th>
                            {u.cells.map((c) => (
                              <td key={c.memberId} data-outside={c.outside}>
                                {c.text}
                                {c.outsideText ? (
                                  <span className="sextant-communication-plan__outside">{c.outsideText}</span>
                                ) : null}
                              </td>
                            ))}
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </div>
                </>
              )}
            </section>
          ))
        : null}
    </WidgetFrame>
  );
});

/** The catalogue for the title even when the messages themselves were refused. */
function resolveMessagesSafe(messages: Partial<SummaryMessages> | undefined): SummaryMessages {
  try {
    return resolveMessages(messages);
  } catch {
    return resolveMessages(undefined);
  }
}
