import { describeExamples } from '../../support/examples';

describeExamples('experiments', { files: ['experiments/abTest', 'experiments/sampleSize'], match: 'all-keys' });
