/**
 * Pure step logic shared by the client and the tests. The active step is derived from where the steps
 * are, never from the order in which observer events arrived, so fast flings, reverse scrolling,
 * reloads mid-story and deep links all give the same answer as reading slowly.
 */
import type { StateAttributes } from '../../lib/scrolly/payload.ts';

export type { StateAttributes };

/** Index of the last step whose top edge is at or above the trigger line (0 before the first one). */
export function activeStepIndex(stepTops: readonly number[], triggerLine: number): number {
  let index = 0;
  for (let i = 0; i < stepTops.length; i += 1) {
    if ((stepTops[i] ?? Infinity) <= triggerLine) index = i;
    else break;
  }
  return index;
}

/**
 * At the very end of the page a short last step may never reach the trigger line, though it is on
 * screen; there the bottom edge of the viewport stands in for the line.
 */
export function readingLine(line: number, viewportHeight: number, distanceToEnd: number): number {
  return distanceToEnd <= 1 ? viewportHeight : line;
}

/** Index of the section that contains the trigger line, or -1 when the line is between sections. */
export function sectionAtLine(boxes: readonly { top: number; bottom: number }[], triggerLine: number): number {
  return boxes.findIndex((b) => b.top <= triggerLine && b.bottom > triggerLine);
}

/** Clamps a requested step (from the stepper) into range. */
export function clampStep(index: number, count: number): number {
  return Math.min(Math.max(index, 0), Math.max(count - 1, 0));
}

/** The id a location hash points at, decoded; '' when there is none. */
export function idFromHash(hash: string): string {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** What the live region says for a step; the graphic's state title, never its internals. */
export function announcement(stepIndex: number, stepCount: number, stateTitle: string): string {
  return `Step ${stepIndex + 1} of ${stepCount}: ${stateTitle}`;
}

/** Per key, the attributes to set to move the live graphic to a state; absent keys fade out. */
export function attributesForState(
  allKeys: readonly string[],
  state: StateAttributes,
): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const key of allKeys) out[key] = state[key] ?? { opacity: '0' };
  return out;
}
