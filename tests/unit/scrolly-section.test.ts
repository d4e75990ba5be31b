import { describe, expect, it } from 'vitest';
import * as demo from '~/graphics/demo/layout.ts';
import { getGraphic } from '~/graphics/registry.ts';
import {
  WIDTHS,
  buildSection,
  fillFigures,
  jsonForScript,
  parseSteps,
  stepMarker,
  unionMarks,
  validateSteps,
} from '~/components/scrolly/section-build.ts';

const data = demo.loadData();
const steps = [
  { id: 'one', state: 0 },
  { id: 'two', state: 1 },
  { id: 'three', state: 3 },
];

describe('demo layout: state is a pure function of the step index', () => {
  it('gives the same spec for the same state however often it is asked', () => {
    for (let k = 0; k < demo.stateCount; k += 1) {
      expect(demo.layout(data, 640, k)).toEqual(demo.layout(data, 640, k));
    }
  });
  it('raises bars step by step and highlights the tallest last', () => {
    const height = (k: number, key: string) => {
      const m = demo.layout(data, 640, k).marks.find((x) => x.key === key);
      return m?.kind === 'rect' ? m.height : NaN;
    };
    expect(height(0, 'bar-a')).toBe(0);
    expect(height(1, 'bar-a')).toBeGreaterThan(0);
    expect(height(1, 'bar-b')).toBe(0);
    expect(height(2, 'bar-b')).toBeGreaterThan(height(2, 'bar-a'));
    expect(demo.layout(data, 640, 3).marks.find((m) => m.key === 'bar-b')?.className).toContain('highlight');
    expect(demo.layout(data, 640, 3).marks.some((m) => m.key === 'note-tallest')).toBe(true);
  });
  it('rejects states out of range', () => {
    expect(() => demo.layout(data, 640, 4)).toThrow(RangeError);
    expect(() => demo.layout(data, 640, -1)).toThrow(RangeError);
  });
  it('keeps text at 12 px or more at both drawn widths', () => {
    for (const w of Object.values(WIDTHS))
      for (let k = 0; k < demo.stateCount; k += 1)
        for (const m of demo.layout(data, w, k).marks)
          if (m.kind === 'text') expect(m.fontSize).toBeGreaterThanOrEqual(12);
  });
});

describe('graphic registry', () => {
  it('finds graphics by folder name and explains a missing one', () => {
    expect(getGraphic('demo').stateCount).toBe(4);
    expect(() => getGraphic('nope')).toThrow(/src\/graphics\/nope\/layout.ts/);
  });
});

describe('section build', () => {
  it('reads the steps Step left in the slot, in order', () => {
    const html = `<div>${stepMarker('one', 0)}</div><p>x</p><div>${stepMarker('two', 2)}</div>`;
    expect(parseSteps(html)).toEqual([
      { id: 'one', state: 0 },
      { id: 'two', state: 2 },
    ]);
  });

  it('fails the build with a message naming section, step and field', () => {
    expect(() => validateSteps('sec', [{ id: 'one', state: 7 }], 4)).toThrow(
      'scrolly section "sec" › step "one" › state: 7 is not in 0…3',
    );
    expect(() =>
      validateSteps(
        'sec',
        [
          { id: 'one', state: 0 },
          { id: 'one', state: 1 },
        ],
        4,
      ),
    ).toThrow(/step "one" › id: duplicate/);
    expect(() => validateSteps('sec', [{ id: 'Bad Id', state: 0 }], 4)).toThrow(/step "Bad Id" › id/);
    expect(() => validateSteps('sec', [], 4)).toThrow(/steps: none/);
    expect(() => validateSteps('sec', [{ id: 'sec', state: 0 }], 4)).toThrow(/duplicate/);
  });

  it('embeds, per used state, the attributes that put each mark in place', () => {
    const built = buildSection(demo, data, 'sec', steps);
    expect(built.payload.steps).toEqual(steps);
    expect(Object.keys(built.payload.states).sort()).toEqual(['0', '1', '3']);
    const wide3 = demo.layout(data, WIDTHS.wide, 3);
    const barB = wide3.marks.find((m) => m.key === 'bar-b');
    expect(barB?.kind === 'rect' && built.payload.states[3]?.['bar-b']?.height).toBe(
      String(Math.round((barB as { height: number }).height * 100) / 100),
    );
    expect(built.payload.titles[1]).toBe('Bar A rises to 3');
  });

  it('draws the live graphic with every mark any step needs, the later ones invisible', () => {
    const built = buildSection(demo, data, 'sec', steps);
    expect(built.liveSvg).toContain('data-key="note-tallest"');
    expect(built.liveSvg).toMatch(/data-key="note-tallest"[^>]*opacity="0"/);
    expect(built.liveSvg).not.toMatch(/tabindex|role=/);
    const union = unionMarks([demo.layout(data, 640, 0), demo.layout(data, 640, 3)]);
    expect(union.filter((m) => m.key === 'bar-a')).toHaveLength(1);
  });

  it('puts each step’s static narrow figure and its description where the marker was', () => {
    const built = buildSection(demo, data, 'sec', steps);
    const html = fillFigures(`<div id="two">${stepMarker('two', 1)}</div>`, built);
    expect(html).toContain('viewBox="0 0 320 192"');
    expect(html).toContain('The graphic shows: Bar A has risen to 3');
    expect(html).toContain('id="two-figure-title"');
  });

  it('escapes JSON so it cannot close its script element', () => {
    expect(jsonForScript({ a: '</script><!--' })).not.toMatch(/<\/script|<!--/);
    expect(JSON.parse(jsonForScript({ a: '</script>' }))).toEqual({ a: '</script>' });
  });
});
