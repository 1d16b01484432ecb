export { useBoundary } from '../../data/use-boundary';
