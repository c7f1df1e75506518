import { describeExamples } from './examples';

describeExamples('delivery', ['dora', 'bands', 'mlops', 'trend', 'view']);
