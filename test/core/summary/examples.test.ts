import { describeExamples } from '../../support/examples';

describeExamples('summary', {
  files: ['status', 'types', 'messages', 'messages-fr', 'stakeholder', 'markdown', 'plan', 'delta'].map((f) => `summary/${f}`),
  match: 'equal',
});
