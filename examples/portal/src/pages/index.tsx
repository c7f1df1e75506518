// One page per concern, in the order a head of ML reads them in the weekly review.
// Each page is its own chunk, loaded when it is first shown (or when its link is pointed at
// or focused), so the first visit downloads one page's widgets and demo data, not all eight.
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

function page<M>(load: () => Promise<M>, pick: (m: M) => ComponentType) {
  let pending: Promise<{ default: ComponentType }> | undefined;
  const preload = () => (pending ??= load().then((m) => ({ default: pick(m) })));
  return { Component: lazy(preload), preload };
}

const quality = page(
  () => import('./Quality'),
  (m) => m.QualityPage,
);
const drift = page(
  () => import('./DriftFairness'),
  (m) => m.DriftFairnessPage,
);
const delivery = page(
  () => import('./DeliveryRisk'),
  (m) => m.DeliveryRiskPage,
);
const schedule = page(
  () => import('./Schedule'),
  (m) => m.SchedulePage,
);
const board = page(
  () => import('./Board'),
  (m) => m.BoardPage,
);
const report = page(
  () => import('./Report'),
  (m) => m.ReportPage,
);
const governance = page(
  () => import('./Governance'),
  (m) => m.GovernancePage,
);
const connect = page(
  () => import('../ConnectYourData'),
  (m) => m.ConnectYourData,
);

export interface PortalPage {
  /** The URL hash is `#/<id>`. */
  id: string;
  /** The navigation label. */
  label: string;
  /** The page heading. */
  title: string;
  /** One sentence: the question the page answers. */
  question: string;
  /** The widgets the page shows (their `data-sextant-widget` names), for its browser test. */
  widgets: readonly string[];
  Component: LazyExoticComponent<ComponentType>;
  /** Starts loading the page's chunk (idempotent). */
  preload: () => Promise<unknown>;
  icon: string;
}

export const pages: readonly PortalPage[] = [
  {
    id: 'quality',
    label: 'Model quality',
    title: 'Model quality',
    question:
      'How well does the live fraud model separate fraud from legitimate payments, and is its threshold in the right place?',
    widgets: ['metric-tile', 'roc-curve', 'precision-recall-curve', 'confusion-matrix', 'metrics-table'],
    ...quality,
    icon: 'M3 17l5-6 4 4 6-8 3 3',
  },
  {
    id: 'drift',
    label: 'Drift and fairness',
    title: 'Drift and fairness',
    question: 'Have the model’s inputs moved away from its training data, and does it catch fraud equally well in every region?',
    widgets: ['metric-tile', 'drift-chart', 'metrics-table', 'fairness-chart'],
    ...drift,
    icon: 'M3 12c3-6 6 6 9 0s6 6 9 0',
  },
  {
    id: 'delivery',
    label: 'Delivery and risk',
    title: 'Delivery and risk',
    question: 'Are we shipping model changes often and safely, and which AI risks need an owner’s attention now?',
    widgets: ['delivery-scorecard', 'risk-matrix'],
    ...delivery,
    icon: 'M12 3l8 4v5c0 5-3.5 8-8 9-4.5-1-8-4-8-9V7z',
  },
  {
    id: 'schedule',
    label: 'Team schedule',
    title: 'Team schedule',
    question: 'When can a team spread from Vancouver to Sydney meet, and who would be outside working hours?',
    widgets: ['timezone-planner'],
    ...schedule,
    icon: 'M12 7v5l3 2M21 12a9 9 0 1 1-18 0 9 9 0 0 1 18 0z',
  },
  {
    id: 'board',
    label: 'Board',
    title: 'Board',
    question: 'What is the team working on, where does work wait, and how long does a card take from start to done?',
    widgets: ['kanban-board', 'sprint-burndown', 'cumulative-flow-chart', 'cycle-time-chart'],
    ...board,
    icon: 'M4 4h4v16H4zM10 4h4v10h-4zM16 4h4v13h-4z',
  },
  {
    id: 'report',
    label: 'Stakeholder report',
    title: 'Stakeholder report',
    question: 'What does each audience need to hear about the project this week, and when is their next update?',
    widgets: ['stakeholder-summary', 'communication-plan'],
    ...report,
    icon: 'M6 3h9l4 4v14H6zM9 12h7M9 16h7M9 8h3',
  },
  {
    id: 'governance',
    label: 'Goals and governance',
    title: 'Goals and governance',
    question:
      'Are we on course for this quarter’s objectives, and is the model documented and assessed for the people it affects?',
    widgets: ['okr-tracker', 'model-card', 'impact-assessment'],
    ...governance,
    icon: 'M5 21V4M5 4h11l-2 4 2 4H5',
  },
  {
    id: 'connect',
    label: 'Connect your data',
    title: 'Connect your data',
    question: 'How do MLflow, Prometheus, GitHub and Jira responses become the records these widgets draw?',
    widgets: ['metric-tile', 'metrics-table'],
    ...connect,
    icon: 'M9 7V3M15 7V3M7 7h10v4a5 5 0 0 1-10 0zM12 16v5',
  },
];

export const DEFAULT_PAGE = pages[0].id;
