// Built-in demo data: the portal runs with no backend.
export const project = {
  name: 'Fraud detector v3',
  owner: 'Risk ML team',
  modelVersion: '3.4.1',
};

export const headline = [
  { title: 'Macro F1', value: 0.912, format: 'percent' as const, target: 0.9, previous: 0.897 },
  { title: 'Drifted features', value: 4, target: 2, higherIsBetter: false, previous: 1, description: 'Of 48 monitored' },
  { title: 'Deployments / week', value: 11, target: 10, previous: 12 },
  { title: 'Change failure rate', value: 0.16, format: 'percent' as const, target: 0.15, higherIsBetter: false, previous: 0.12 },
  {
    title: 'p95 inference latency',
    value: 212,
    format: 'milliseconds' as const,
    target: 250,
    higherIsBetter: false,
    previous: 231,
  },
];
