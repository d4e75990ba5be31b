/**
 * Which step shows one entry of a section's data (a statement, a death, a measure), so a link to the
 * entry's id opens that step rather than a row of the data table. Pure: the client passes the
 * section's payload. A mark belongs to an entry when its key is "<kind>-<entry id>" (statement-…,
 * death-…, proposal-…). The step that shows an entry is the first whose state singles its mark out
 * (an "active", "new" or "highlight" class); failing that, the first step where the mark is visible.
 */
import type { EntryStep, StateAttributes } from '../scrolly/payload.ts';

const SINGLED_OUT = /(^|\s)(active|new|highlight(ed)?)(\s|$)/;

export function stepForEntry(
  entryId: string,
  steps: readonly { state: number }[],
  states: Readonly<Record<number, StateAttributes>>,
  /** Only a step that singles the entry out counts (-1 when none does). */
  singledOnly = false,
): number {
  const attrsIn = (state: number) => {
    const marks = states[state] ?? {};
    const key = Object.keys(marks).find((k) => /^[a-z]+-(.*)$/.exec(k)?.[1] === entryId);
    return key === undefined ? undefined : marks[key];
  };
  const singled = steps.findIndex((s) => SINGLED_OUT.test(attrsIn(s.state)?.class ?? ''));
  if (singled >= 0 || singledOnly) return singled;
  return steps.findIndex((s) => {
    const a = attrsIn(s.state);
    return a !== undefined && a.opacity !== '0';
  });
}

/** Mark keys that stand for one entry of a section's data: "<kind>-<entry id>". */
const ENTRY_KEY = /^(?:statement|death|proposal|measure|claim|report)-(.+)$/;

/** Every entry a section's marks stand for → the step that shows it (entries no step shows are left out). */
export function entrySteps(
  steps: readonly { state: number }[],
  states: Readonly<Record<number, StateAttributes>>,
): Record<string, EntryStep> {
  const ids = new Set(
    Object.values(states).flatMap((marks) => Object.keys(marks).flatMap((k) => ENTRY_KEY.exec(k)?.[1] ?? [])),
  );
  const out: Record<string, EntryStep> = {};
  for (const id of [...ids].sort()) {
    const singled = stepForEntry(id, steps, states, true);
    const step = singled >= 0 ? singled : stepForEntry(id, steps, states);
    if (step >= 0) out[id] = { step, singled: singled >= 0 };
  }
  return out;
}
