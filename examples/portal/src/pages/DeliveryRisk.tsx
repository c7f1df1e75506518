import { DeliveryScorecard, RiskMatrix } from '@sextant/react';
import { deliveryRecords } from '../data/delivery';
import { QUARTER, TODAY } from '../data/project';
import { register } from '../data/risks';

/** Are we shipping safely and often, and which AI risks need an owner's attention? */
export function DeliveryRiskPage() {
  const { deployments, changes, incidents, experiments } = deliveryRecords();
  return (
    <>
      <DeliveryScorecard
        title="Delivery this quarter"
        description="DORA keys of the fraud-scorer services against the quarter before, with weekly trend lines"
        deployments={deployments}
        changes={changes}
        incidents={incidents}
        experiments={experiments}
        from={QUARTER.from}
        to={QUARTER.to}
        buckets={13}
        headingLevel={2}
      />
      <RiskMatrix
        title="AI risk register"
        description="Likelihood × impact after mitigations; ghosts mark where each risk started"
        risks={register}
        today={TODAY}
        headingLevel={2}
      />
    </>
  );
}
