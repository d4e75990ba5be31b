import type { Mark } from '../spec.ts';
import { shapeSymbol, type StatusShape } from '../shared/status-symbol.ts';
import type { OutcomeStatus } from './types.ts';

/** Filled = enacted, half = partly, diamond = introduced and not passed, crossed = not enacted, dashed = no source found. */
const SHAPES: Record<OutcomeStatus, StatusShape> = {
  enacted: 'filled',
  'partly-enacted': 'half',
  'introduced-not-passed': 'diamond',
  'not-enacted': 'crossed',
  'no-source-found': 'dashed',
};

export const statusSymbol = (status: OutcomeStatus, cx: number, cy: number, r: number, key: string): Mark[] =>
  shapeSymbol(SHAPES[status], cx, cy, r, key, `status-${status}`);
