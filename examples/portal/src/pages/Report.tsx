import { CommunicationPlan, StakeholderSummary } from '@sextant/react';
import { NOW } from '../data/project';
import { stakeholderGroups, summaryFacts } from '../data/summary';
import { team } from '../data/team';

/** What do we tell the sponsors, the business, legal and the engineers, and when? */
export function ReportPage() {
  return (
    <>
      <StakeholderSummary title="This week's update" facts={summaryFacts()} headingLevel={2} />
      <CommunicationPlan
        title="Who hears when"
        description="Next updates for each audience, placed in their members' working hours"
        groups={stakeholderGroups()}
        members={team}
        from={NOW}
        to="2026-07-27T09:15:00Z"
        headingLevel={2}
      />
    </>
  );
}
