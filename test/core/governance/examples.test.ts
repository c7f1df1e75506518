import { describeExamples } from '../../support/examples';

describeExamples('governance', {
  files: ['modelCard', 'markdown', 'impact', 'messages'].map((f) => `governance/${f}`),
  match: 'all-keys',
  exported: [
    'modelCard',
    'modelCardMetric',
    'modelCardToMarkdown',
    'impactAssessment',
    'impactAssessmentToMarkdown',
    'IMPACT_QUESTIONS',
    'governanceMessagesEn',
    'resolveGovernanceMessages',
  ],
});
