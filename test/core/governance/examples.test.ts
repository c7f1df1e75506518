import { describeExamples } from '../delivery/examples';

describeExamples('governance', ['modelCard', 'markdown', 'impact', 'messages']);
