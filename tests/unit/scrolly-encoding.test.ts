import { describe, expect, it } from 'vitest';
import { attributesForState, changedNames, decodeStates, encodeStates } from '~/client/scrolly/state.ts';
import type { StateAttributes } from '~/client/scrolly/state.ts';
import { closeBlankBands, visibleExtent } from '~/components/scrolly/extent.ts';
import type { GraphicSpec } from '~/graphics/spec.ts';

const drawn = {
  a: { x: '0', y: '0', opacity: '1' },
  b: { x: '5', y: '5', opacity: '0' },
  c: { x: '9', y: '9', opacity: '1' },
};
const states = new Map<number, StateAttributes>([
  [0, { a: { x: '0', y: '0', opacity: '1' }, c: { x: '9', y: '9', opacity: '1' } }],
  [2, { a: { x: '1', y: '0', opacity: '1' }, b: { x: '5', y: '5', opacity: '1' } }],
  [
    1,
    { a: { x: '1', y: '0', opacity: '1' }, b: { x: '6', y: '5', opacity: '1' }, c: { x: '9', y: '9', opacity: '1' } },
  ],
]);

describe('states sent as changes', () => {
  const encoded = encodeStates(drawn, [0, 2, 1], states);

  it('sends a default back for an attribute a state stops setting (a text anchor), but not for a fade', () => {
    const label = { x: '700', 'text-anchor': 'end', opacity: '1' };
    const moved = encodeStates(
      { label, gone: label },
      [0, 1],
      new Map<number, StateAttributes>([
        [0, { label, gone: label }],
        [1, { label: { x: '12', opacity: '1' } }],
      ]),
    );
    expect(moved.changes[1]).toEqual({ label: { x: '12', 'text-anchor': '' }, gone: { opacity: '0' } });
  });

  it('sends only what changed from the state before, and nothing for the state the page draws', () => {
    expect(encoded.changes[0]).toEqual({});
    expect(encoded.changes[1]).toEqual({ a: { x: '1' }, b: { opacity: '1' }, c: { opacity: '0' } });
    expect(encoded.changes[2]).toEqual({ b: { x: '6' }, c: { opacity: '1' } });
  });

  it('decodes every state so that moving to it from any other state shows it exactly', () => {
    const names = changedNames(encoded);
    const read = Object.fromEntries(
      [...names].map(([key, set]) => [
        key,
        Object.fromEntries([...set].map((n) => [n, drawn[key as 'a']?.[n as 'x']])),
      ]),
    );
    const decoded = decodeStates(encoded, read);
    for (const [k, state] of states) {
      const want = attributesForState(Object.keys(drawn), state);
      for (const [key, attrs] of Object.entries(want))
        for (const [name, value] of Object.entries(attrs)) {
          // Every changed attribute is set to the state's value; unchanged ones were never touched.
          const got = decoded.get(k)?.[key]?.[name] ?? drawn[key as 'a'][name as 'x'];
          expect(got, `${k} ${key}.${name}`).toBe(value);
        }
    }
  });
});

describe('a stacked figure cropped to its state', () => {
  const spec = (marks: GraphicSpec['marks']): GraphicSpec => ({
    width: 320,
    height: 400,
    title: 't',
    description: 'd',
    marks,
  });

  it('keeps the band that holds visible marks, with a little room', () => {
    const band = visibleExtent(
      spec([
        { kind: 'rect', key: 'r', x: 0, y: 50, width: 10, height: 20 },
        { kind: 'circle', key: 'c', cx: 5, cy: 100, r: 5 },
        { kind: 'rect', key: 'hidden', x: 0, y: 300, width: 10, height: 20, opacity: 0 },
      ]),
    );
    expect(band).toEqual({ y: 44, height: 111 - 44 });
  });

  it('counts text from its cap height and paths by their y coordinates', () => {
    const band = visibleExtent(
      spec([
        { kind: 'text', key: 't', x: 0, y: 20, text: 'Label', fontSize: 12 },
        { kind: 'path', key: 'p', d: 'M0,30L10,200' },
      ]),
      0,
    );
    expect(band.y).toBe(Math.floor(20 - 12 * 0.85));
    expect(band.y + band.height).toBe(200);
  });

  it('keeps the whole drawing when nothing is visible', () => {
    expect(visibleExtent(spec([]))).toEqual({ y: 0, height: 400 });
  });
});

describe('a stacked figure closes the empty bands kept for other states', () => {
  const spec: GraphicSpec = {
    width: 320,
    height: 400,
    title: 't',
    description: 'd',
    marks: [
      { kind: 'text', key: 'legend', x: 0, y: 20, text: 'Legend', fontSize: 12 },
      { kind: 'circle', key: 'dot', cx: 10, cy: 300, r: 5 },
      { kind: 'path', key: 'tick', d: 'M0,310L10,320' },
      { kind: 'rect', key: 'later', x: 0, y: 100, width: 10, height: 150, opacity: 0 },
    ],
  };

  it('moves the marks below a band up so the band is at most maxGap tall', () => {
    const closed = closeBlankBands(spec, 10);
    const dot = closed.marks.find((m) => m.key === 'dot');
    // The legend ends at 23.6; the dot's top was at 295, so 271.4 less 10 closes.
    expect(dot?.kind === 'circle' && dot.cy).toBeCloseTo(300 - (295 - 23.6 - 10), 5);
    expect(closed.marks.find((m) => m.key === 'tick')).toMatchObject({ d: 'M0,48.6L10,58.6' });
    expect(closed.height).toBeCloseTo(400 - (295 - 23.6 - 10), 5);
  });

  it('keeps a band a mark crosses', () => {
    const crossed = {
      ...spec,
      marks: [...spec.marks, { kind: 'line' as const, key: 'axis', x1: 0, x2: 0, y1: 0, y2: 400 }],
    };
    expect(closeBlankBands(crossed, 10)).toBe(crossed);
  });
});
