import { describeExamples } from '../../support/examples';

describeExamples('risk', {
  files: ['catalogue', 'score', 'fmea', 'signals', 'view'].map((f) => `risk/${f}`),
  match: 'all-keys',
});
