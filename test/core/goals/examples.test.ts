import { describeExamples } from '../delivery/examples';

describeExamples('goals', ['okr', 'values', 'impact', 'sprint', 'cost']);
