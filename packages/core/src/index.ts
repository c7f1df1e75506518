// @sextant/core — headless SDK. No React, no DOM: plain data in, plain data out.
export * from './errors';
// Refusals as sentences for people
export * from './explain';

// Model quality
export * from './metrics';
// Drift
export * from './drift';
// Is the data fit to train on
export * from './data-quality';
// Fairness
export * from './fairness';
// DORA and MLOps delivery
export * from './delivery';
// A/B tests of a model rollout
export * from './experiments';
// AI/ML risk register
export * from './risk';
// Time zones for distributed teams
export * from './schedule';
// Kanban board model and flow metrics
export * from './kanban';
// Stakeholder summaries
export * from './summary';
// OKRs and business value
export * from './goals';
// Responsible-AI records
export * from './governance';
// Importers and exporters
export * from './connectors';
