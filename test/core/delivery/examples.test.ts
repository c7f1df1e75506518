import { describeExamples } from '../../support/examples';

describeExamples('delivery', {
  files: ['dora', 'bands', 'mlops', 'trend', 'view'].map((f) => `delivery/${f}`),
  match: 'all-keys',
});
