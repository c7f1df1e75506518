import { describeExamples } from '../../support/examples';

describeExamples('kanban', {
  files: ['kanban/'],
  dialect: 'arrow',
  exported: [
    'createBoard',
    'addCard',
    'moveCard',
    'updateCard',
    'removeCard',
    'undo',
    'redo',
    'boardToJSON',
    'boardFromJSON',
    'mlopsBoardTemplate',
    'labellingBoardTemplate',
    'cardsFromDriftAlerts',
    'flowMetrics',
    'forecastCompletion',
    'boardView',
    'kanbanMessages',
  ],
});
