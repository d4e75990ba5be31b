/**
 * Which step shows one entry of a section's data (a statement, a death, a measure), so a link to the
 * entry's id opens that step rather than a row of the data table. Pure: the client passes the
 * section's payload. A mark belongs to an entry when its key is "<kind>-<entry id>" (statement-…,
 * death-…, proposal-…). The step that shows an entry is the first whose state singles its mark out
 * (an "active", "new" or "highlight" class); failing that, the first step where the mark is visible.
 */
/** Per mark key, the attributes of one state (as in the scrolly payload). */
type StateAttributes = Record<string, Record<string, string>>;

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
