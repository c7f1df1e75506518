import { ImpactAssessmentView, ModelCard, OkrTracker } from '@sextant/react';
import { keyResultValues, objectives } from '../data/goals';
import { assessmentFacts, cardFacts } from '../data/governance';
import { NOW } from '../data/project';

/** Are we on course for the quarter's goals, and is the model documented and assessed? */
export function GovernancePage() {
  return (
    <>
      <OkrTracker
        title="Objectives and key results, Q2 2026"
        description="Key results on the numbers the other pages measure, against the share of the quarter gone"
        objectives={objectives()}
        values={keyResultValues()}
        now={NOW}
        headingLevel={2}
      />
      <ModelCard facts={cardFacts()} now={NOW} headingLevel={2} />
      <ImpactAssessmentView facts={assessmentFacts()} now={NOW} headingLevel={2} />
    </>
  );
}
