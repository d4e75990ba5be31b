import type { EncodedStates, StateAttributes } from '~/lib/scrolly/payload.ts';
/**
 * Pure step logic shared by the client and the tests. The active step is derived from where the steps
 * are, never from the order in which observer events arrived, so fast flings, reverse scrolling,
 * reloads mid-story and deep links all give the same answer as reading slowly.
 */

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

/** A CSS time ("400ms", or ".4s" as the minifier writes it) in ms; 0 when there is none. */
export function milliseconds(time: string): number {
  const value = parseFloat(time);
  if (!Number.isFinite(value)) return 0;
  return time.trim().endsWith('ms') ? value : value * 1000;
}

/** Clamps a requested step (from the stepper) into range. */
export function clampStep(index: number, count: number): number {
  return Math.min(Math.max(index, 0), Math.max(count - 1, 0));
}

export { idFromHash } from '../hash.ts';

/** What the live region says for a step; the graphic's state title, never its internals. */
/** "Step 3 of 9", in the page's edition: the template comes from the markup ("Шаг {n} из {total}"). */
export function stepOf(template: string | undefined, stepIndex: number, stepCount: number): string {
  return (template ?? 'Step {n} of {total}')
    .replace('{n}', String(stepIndex + 1))
    .replace('{total}', String(stepCount));
}

export function announcement(step: string, stateTitle: string): string {
  return `${step}: ${stateTitle}`;
}

export { LIVE_VARIANTS } from '~/lib/scrolly/payload.ts';
export type { EncodedStates, LiveVariant, StateAttributes } from '~/lib/scrolly/payload.ts';

/** Per key, the attributes to set to move the live graphic to a state; absent keys fade out. */
export function attributesForState(
  allKeys: readonly string[],
  state: StateAttributes,
): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const key of allKeys) out[key] = state[key] ?? { opacity: '0' };
  return out;
}

/**
 * Encodes states for the page. `drawn` is the live graphic as the page draws it (every mark by key);
 * `states` holds each used state's marks (marks a state lacks fade out).
 */
export function encodeStates(
  drawn: StateAttributes,
  order: readonly number[],
  states: ReadonlyMap<number, StateAttributes>,
): EncodedStates {
  const keys = Object.keys(drawn);
  const shown: StateAttributes = Object.fromEntries(keys.map((k) => [k, { ...drawn[k] }]));
  const changes = order.map((k) => {
    const state = states.get(k) ?? {};
    const target = attributesForState(keys, state);
    const change: StateAttributes = {};
    for (const [key, own] of Object.entries(target)) {
      const before = (shown[key] ??= {});
      // An attribute this state's mark does not set (a text's anchor, a class) goes back to its
      // default (''), or it would keep the last state's value. A faded-out mark keeps its looks.
      const cleared = key in state ? Object.keys(before).filter((n) => !(n in own) && before[n] !== '') : [];
      const attrs = { ...Object.fromEntries(cleared.map((n) => [n, ''])), ...own };
      for (const [name, value] of Object.entries(attrs)) {
        if (before[name] === value) continue;
        (change[key] ??= {})[name] = value;
        before[name] = value;
      }
    }
    return change;
  });
  return { order: [...order], changes };
}

/** Every attribute name that any state changes, per mark: what to read from the drawing before decoding. */
export function changedNames(encoded: EncodedStates): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  for (const change of encoded.changes)
    for (const [key, attrs] of Object.entries(change)) {
      const set = names.get(key) ?? new Set();
      for (const name of Object.keys(attrs)) set.add(name);
      names.set(key, set);
    }
  return names;
}

/**
 * Every state whole again, as attributes to set: the drawing's own values (`drawn`, read from the page
 * before any change, for the names `changedNames` lists) plus the changes up to that state, so moving
 * to a state from any other one sets every attribute that any state changes.
 */
export function decodeStates(encoded: EncodedStates, drawn: StateAttributes): Map<number, StateAttributes> {
  const out = new Map<number, StateAttributes>();
  let sum: StateAttributes = drawn;
  encoded.order.forEach((k, i) => {
    const next: StateAttributes = { ...sum };
    for (const [key, attrs] of Object.entries(encoded.changes[i] ?? {})) next[key] = { ...next[key], ...attrs };
    out.set(k, next);
    sum = next;
  });
  return out;
}
