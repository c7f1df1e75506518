import { describeExamples } from '../support/examples';

// The chart view models' examples (the widgets draw exactly these numbers).
describeExamples('the chart view models', {
  files: [
    'metrics/confusion-view',
    'metrics/curve-view',
    'metrics/table-view',
    'drift/downsample',
    'drift/chart',
    'fairness/chart',
  ],
});
