// @sextant/core — headless SDK. No React, no DOM: plain data in, plain data out.
export * from './errors';

// Model quality
export * from './metrics';
// Drift and data quality
export * from './drift';
// Fairness
export * from './fairness';
// DORA and MLOps delivery
export * from './delivery';
// AI/ML risk
export * from './risk';
// Time zones for distributed teams
export * from './schedule';
// Kanban board model and flow metrics
export * from './kanban';
// Stakeholder summaries
export * from './summary';
