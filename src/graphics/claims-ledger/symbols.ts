import type { Mark } from '../spec.ts';
import { shapeSymbol, type StatusShape } from '../shared/status-symbol.ts';
import type { ClaimStatus } from './types.ts';
import { WORDS } from './words.ts';

/** The English status names (each edition's are in words.ts). */
export const STATUS_LABELS: Record<ClaimStatus, string> = WORDS.en.statuses;

/** Filled = corroborated, half = rated low to moderate, diamond = disputed, crossed = denied, hollow = alleged, dashed = unknown. */
const SHAPES: Record<ClaimStatus, StatusShape> = {
  corroborated: 'filled',
  'assessed-low-moderate': 'half',
  disputed: 'diamond',
  denied: 'crossed',
  alleged: 'hollow',
  unknown: 'dashed',
};

export const claimSymbol = (status: ClaimStatus, cx: number, cy: number, r: number, key: string): Mark[] =>
  shapeSymbol(SHAPES[status], cx, cy, r, key, `status-${status}`);
