import { describeExamples } from '../../support/examples';

describeExamples('goals', {
  files: ['okr', 'values', 'impact', 'sprint', 'cost'].map((f) => `goals/${f}`),
  match: 'all-keys',
});
