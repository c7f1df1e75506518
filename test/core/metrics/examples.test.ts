import { describeExamples } from '../../support/examples';

describeExamples('metrics', {
  files: [
    'classification',
    'ranking',
    'probabilistic',
    'regression',
    'operational',
    'accumulators/classification',
    'accumulators/regression',
    'accumulators/fromCounts',
  ].map((f) => `metrics/${f}`),
});
