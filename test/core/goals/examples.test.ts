import { describeExamples } from '../../support/examples';

describeExamples('goals', {
  files: ['okr', 'values', 'impact', 'sprint', 'cost', 'view', 'sprintView'].map((f) => `goals/${f}`),
  match: 'all-keys',
});
