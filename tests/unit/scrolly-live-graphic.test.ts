import { describe, expect, it } from 'vitest';
import { applyState, readStates } from '~/client/scrolly/live-graphic.ts';
import { encodeStates, type StateAttributes } from '~/client/scrolly/state.ts';

/** Just enough of an SVG element for the live copy: attributes and text. */
function fakeMark(attrs: Record<string, string>, text = ''): SVGElement {
  const a = new Map(Object.entries(attrs));
  return {
    textContent: text,
    getAttribute: (n: string) => a.get(n) ?? null,
    setAttribute: (n: string, v: string) => void a.set(n, v),
  } as unknown as SVGElement;
}

describe('the live copy of a scrolly graphic', () => {
  // The server draws state 0; an axis label and a legend never change, a bar grows and a dot appears.
  const drawn: StateAttributes = {
    axis: { opacity: '1', x: '10' },
    legend: { opacity: '1' },
    bar: { opacity: '1', width: '5' },
    dot: { opacity: '0' },
  };
  const states = new Map<number, StateAttributes>([
    [0, { axis: drawn.axis!, legend: drawn.legend!, bar: drawn.bar! }],
    [1, { axis: drawn.axis!, legend: drawn.legend!, bar: { opacity: '1', width: '50' }, dot: { opacity: '1' } }],
  ]);
  const encoded = encodeStates(drawn, [0, 1], states);

  it('keeps the marks no state changes as drawn, in every state', () => {
    const marks = new Map(Object.entries(drawn).map(([k, v]) => [k, fakeMark(v)]));
    const decoded = readStates(marks, encoded);
    applyState(marks, decoded.get(1)!);
    expect(marks.get('axis')!.getAttribute('opacity')).toBe('1');
    expect(marks.get('legend')!.getAttribute('opacity')).toBe('1');
    expect(marks.get('bar')!.getAttribute('width')).toBe('50');
    expect(marks.get('dot')!.getAttribute('opacity')).toBe('1');
    applyState(marks, decoded.get(0)!);
    expect(marks.get('axis')!.getAttribute('opacity')).toBe('1');
    expect(marks.get('bar')!.getAttribute('width')).toBe('5');
    expect(marks.get('dot')!.getAttribute('opacity')).toBe('0');
  });
});
