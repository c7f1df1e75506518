import { describeExamples } from '../delivery/examples';

describeExamples('experiments', ['abTest', 'sampleSize']);
