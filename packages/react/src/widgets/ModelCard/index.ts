export { ModelCard } from './ModelCard';
export type { ModelCardProps } from './ModelCard';
export { navKeyTarget } from './nav';
