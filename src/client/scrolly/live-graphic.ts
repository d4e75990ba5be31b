import { attributesForState, changedNames, decodeStates, type EncodedStates, type StateAttributes } from './state.ts';

/** The live (sticky) SVG's marks by key; the server drew every mark any state of the section uses. */
export function marksByKey(container: Element): Map<string, SVGElement> {
  return new Map([...container.querySelectorAll<SVGElement>('[data-key]')].map((el) => [el.dataset.key ?? '', el]));
}

/** One mark and the attributes (or text) it needs to reach a state. */
export interface MarkChange {
  el: SVGElement;
  set: [name: string, value: string][];
}

/** What differs between the drawing and a state: the marks to change, in drawing order. */
export function changesTo(marks: Map<string, SVGElement>, state: StateAttributes): MarkChange[] {
  const target = attributesForState([...marks.keys()], state);
  const changes: MarkChange[] = [];
  for (const [key, el] of marks) {
    const set = Object.entries(target[key] ?? {}).filter(([name, value]) =>
      name === 'text' ? el.textContent !== value : el.getAttribute(name) !== value,
    );
    if (set.length) changes.push({ el, set });
  }
  return changes;
}

/**
 * Sets what changesTo found; CSS transitions (scaled by --motion) animate geometry, opacity and fill.
 * Marks the state does not have fade out. `instant` sets them without transition: on the changed marks
 * alone (inline), since a rule switched on higher up made the browser restyle every mark twice.
 */
export function applyChanges(changes: readonly MarkChange[], instant = false): void {
  const transition = instant ? 'none' : '';
  for (const { el, set } of changes) {
    if (el.style.transition !== transition) el.style.transition = transition;
    for (const [name, value] of set) {
      if (name === 'text') el.textContent = value;
      else el.setAttribute(name, value);
    }
  }
}

/**
 * The states of one live copy, decoded against the drawing as the server sent it (read before any
 * change). A mark no state changes (an axis, a legend) is in every state as drawn: leaving it out
 * would fade it (changesTo hides marks a state does not have).
 */
export function readStates(marks: Map<string, SVGElement>, encoded: EncodedStates): Map<number, StateAttributes> {
  const changed = changedNames(encoded);
  const drawn: StateAttributes = {};
  for (const [key, el] of marks) {
    const names = changed.get(key) ?? [];
    drawn[key] = Object.fromEntries(
      [...names].map((n) => [n, (n === 'text' ? el.textContent : el.getAttribute(n)) ?? '']),
    );
  }
  return decodeStates(encoded, drawn);
}
