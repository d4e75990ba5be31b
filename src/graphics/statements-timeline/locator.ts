import type { GraphicSpec } from '../spec.ts';
import { layout } from './layout.ts';
import type { StatementsData } from './types.ts';

/**
 * The timeline for the step figures of the unrolled view (JS off, print, "All steps", embeds): the same
 * lanes, labels, legend and annotation as the live graphic, with smaller dots, since the chart repeats
 * once per step there. The overview state (no active statement) keeps the full-size dots.
 */
export function locatorLayout(data: StatementsData, width: number, stateIndex: number): GraphicSpec {
  return stateIndex <= 0 ? layout(data, width, 0) : layout(data, width, stateIndex, { compact: true });
}
