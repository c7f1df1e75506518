export { KanbanBoard } from './KanbanBoard';
export type { KanbanBoardProps, CardRenderInfo, RenderCard } from './KanbanBoard';
