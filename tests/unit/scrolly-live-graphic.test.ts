import { describe, expect, it } from 'vitest';
import { applyChanges, changesTo, readStates } from '~/client/scrolly/live-graphic.ts';
import { encodeStates, type StateAttributes } from '~/client/scrolly/state.ts';

/** Just enough of an SVG element for the live copy: attributes, text and an inline transition. */
function fakeMark(attrs: Record<string, string>, text = ''): SVGElement {
  const a = new Map(Object.entries(attrs));
  return {
    textContent: text,
    style: { transition: '' },
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
    applyChanges(changesTo(marks, decoded.get(1)!));
    expect(marks.get('axis')!.getAttribute('opacity')).toBe('1');
    expect(marks.get('legend')!.getAttribute('opacity')).toBe('1');
    expect(marks.get('bar')!.getAttribute('width')).toBe('50');
    expect(marks.get('dot')!.getAttribute('opacity')).toBe('1');
    applyChanges(changesTo(marks, decoded.get(0)!));
    expect(marks.get('axis')!.getAttribute('opacity')).toBe('1');
    expect(marks.get('bar')!.getAttribute('width')).toBe('5');
    expect(marks.get('dot')!.getAttribute('opacity')).toBe('0');
  });

  it('lists only the marks a state changes, in drawing order, with what changes', () => {
    const marks = new Map(Object.entries(drawn).map(([k, v]) => [k, fakeMark(v)]));
    const decoded = readStates(marks, encoded);
    const changes = changesTo(marks, decoded.get(1)!);
    expect(changes.map((c) => [...marks].find(([, el]) => el === c.el)?.[0])).toEqual(['bar', 'dot']);
    expect(changes.map((c) => c.set)).toEqual([[['width', '50']], [['opacity', '1']]]);
    expect(changesTo(marks, decoded.get(0)!)).toEqual([]);
  });

  it('sets a change without transition only on the marks it changes, and moves them again after', () => {
    const marks = new Map(Object.entries(drawn).map(([k, v]) => [k, fakeMark(v)]));
    const decoded = readStates(marks, encoded);
    applyChanges(changesTo(marks, decoded.get(1)!), true);
    expect([...marks].map(([k, el]) => [k, el.style.transition])).toEqual([
      ['axis', ''],
      ['legend', ''],
      ['bar', 'none'],
      ['dot', 'none'],
    ]);
    applyChanges(changesTo(marks, decoded.get(0)!));
    expect(marks.get('bar')!.style.transition).toBe('');
    expect(marks.get('bar')!.getAttribute('width')).toBe('5');
  });
});
