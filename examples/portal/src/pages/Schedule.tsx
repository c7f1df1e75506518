import { TimezonePlanner } from '@sextant/react';
import { NOW } from '../data/project';
import { team } from '../data/team';

/** When can the whole team meet this week, and who pays for it in night hours? */
export function SchedulePage() {
  return (
    <TimezonePlanner
      title="Team hours"
      description="Eight people from Vancouver to Sydney; pick an hour or take a suggested time"
      members={team}
      now={NOW}
      timeZone="UTC"
      headingLevel={2}
    />
  );
}
