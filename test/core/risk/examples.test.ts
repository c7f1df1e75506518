import { describeExamples } from '../delivery/examples';

describeExamples('risk', ['catalogue', 'score', 'fmea', 'signals', 'view']);
