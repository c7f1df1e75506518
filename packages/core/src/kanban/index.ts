// The kanban area of @sextant/core. Each file's exports are listed here as they land.
export { CARD_TYPES } from './types';
export type {
  CardType,
  WipPolicy,
  KanbanColumn,
  KanbanLane,
  DriftEvidence,
  KanbanCard,
  KanbanCardInput,
  KanbanAddEvent,
  KanbanMoveEvent,
  KanbanUpdateEvent,
  KanbanRemoveEvent,
  KanbanEvent,
  WipExcess,
  CardPatch,
  FlowColumns,
  KanbanBoard,
} from './types';
export { createBoard, addCard, moveCard, updateCard, removeCard, undo, redo, canUndo, canRedo } from './board';
export type { BoardDefinition, BoardChange, AddCardOptions, MoveCardInput, NoMove } from './board';
export { boardToJSON, boardFromJSON } from './json';
export { mlopsBoardTemplate, labellingBoardTemplate, cardsFromDriftAlerts } from './templates';
export type { TemplateOptions, DriftAlertInput, DriftCardsOptions } from './templates';
export { flowMetrics } from './flow';
export type { FlowMetrics, FlowMetricsOptions, FlowTimeStats, FinishedCard, AgeingCard, ColumnTime } from './flow';
export { forecastCompletion } from './forecast';
export type { CompletionForecast, ForecastOptions, ForecastPoint } from './forecast';
export { boardView, kanbanMessages, flowChartMessages } from './view';
export type { BoardView, ColumnView, ColumnRow, CardView, WipState, KanbanMessages, FlowChartMessages } from './view';
