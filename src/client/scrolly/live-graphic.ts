import { attributesForState, changedNames, decodeStates, type EncodedStates, type StateAttributes } from './state.ts';

/** The live (sticky) SVG's marks by key; the server drew every mark any state of the section uses. */
export function marksByKey(container: Element): Map<string, SVGElement> {
  return new Map([...container.querySelectorAll<SVGElement>('[data-key]')].map((el) => [el.dataset.key ?? '', el]));
}

/**
 * Moves the live SVG to a state by setting attributes; CSS transitions (scaled by --motion) animate
 * geometry, opacity and fill. Marks the state does not have fade out.
 */
export function applyState(marks: Map<string, SVGElement>, state: StateAttributes): void {
  const target = attributesForState([...marks.keys()], state);
  for (const [key, el] of marks) {
    for (const [name, value] of Object.entries(target[key] ?? {})) {
      if (name === 'text') {
        if (el.textContent !== value) el.textContent = value;
      } else if (el.getAttribute(name) !== value) {
        el.setAttribute(name, value);
      }
    }
  }
}

/**
 * The states of one live copy, decoded against the drawing as the server sent it (read before any
 * change). A mark no state changes (an axis, a legend) is in every state as drawn: leaving it out
 * would fade it (applyState hides marks a state does not have).
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
