import { describe, expect, it } from 'vitest';
import type { CircleMark, GraphicSpec, LineMark, PathMark, TextMark } from '../spec.ts';
import { textBox } from '../shared/text.ts';
import { byKeyPrefix, expectReadable, TEST_WIDTHS } from '../shared/test-helpers.ts';
import { fixture } from './fixtures/data.ts';
import { filterStatements, GROUP_LABELS, layout, orderedStatements, shortSpeaker, statesFor } from './layout.ts';
import { locatorLayout } from './locator.ts';
import { ACTOR_GROUPS } from './types.ts';

const all = statesFor(fixture);
const ordered = orderedStatements(fixture);
const nodes = (spec: GraphicSpec) => byKeyPrefix(spec, 'statement-') as CircleMark[];
const text = (spec: GraphicSpec, key: string) =>
  spec.marks.find((m): m is TextMark => m.kind === 'text' && m.key === key);
/** The vertical pieces of a leader path ("M x,y0 L x,y1" repeated); anything else in it fails. */
const segments = (d: string) => {
  const pieces = [...d.matchAll(/M([\d.]+),([\d.]+)L([\d.]+),([\d.]+)/g)];
  expect(pieces.map((m) => m[0]).join('')).toBe(d);
  return pieces.map((m) => {
    expect(m[3]).toBe(m[1]);
    return { x: Number(m[1]), y0: Number(m[2]), y1: Number(m[4]) };
  });
};
const layouts = [
  ['live', layout],
  ['step figure', locatorLayout],
] as const;

describe.each(layouts)('statements-timeline, %s layout: annotated on the chart', (_name, draw) => {
  it.each(TEST_WIDTHS)('labels every lane and explains every encoding at %i px', (width) => {
    all.forEach((_, i) => {
      const spec = draw(fixture, width, i);
      for (const group of ACTOR_GROUPS) expect(text(spec, `lane-${group}`)?.text).toBe(GROUP_LABELS[group]);
      for (const key of ['legend-quoted', 'legend-unquoted', 'legend-active', 'legend-future'])
        expect(text(spec, key)?.text, key).toBeTruthy();
      expect(text(spec, 'day-2020-06-27') ?? text(spec, 'axis-months'), 'a day axis label').toBeTruthy();
    });
  });

  it.each(TEST_WIDTHS)(
    'names the active statement’s speaker and date in place at %i px, its leader crossing no label',
    (width) => {
      ordered.forEach((st, i) => {
        const spec = draw(fixture, width, i + 1);
        expectReadable(spec);
        const name = text(spec, 'active-name');
        const date = text(spec, 'active-date');
        expect(name?.text).toBe(shortSpeaker(st.actor, width - 24, name?.fontSize ?? 12));
        expect(st.actor.startsWith(name?.text ?? '?')).toBe(true);
        expect(date?.text).toMatch(/\d{4}/);
        for (const label of [name, date]) {
          const box = textBox(label as TextMark);
          expect(box.x0).toBeGreaterThanOrEqual(0);
          expect(box.x1).toBeLessThanOrEqual(spec.width);
        }
        const node = nodes(spec).find((n) => n.key === `statement-${st.id}`);
        const leader = spec.marks.find((m): m is PathMark => m.key === 'active-leader' && m.kind === 'path');
        const pieces = segments(leader?.d ?? '');
        expect(pieces.length).toBeGreaterThan(0);
        expect(pieces.every((p) => Math.abs(p.x - (node?.cx ?? NaN)) < 0.01)).toBe(true);
        expect(pieces.at(-1)!.y1).toBeLessThan(node?.cy ?? 0);
        expect(pieces[0]!.y0).toBeGreaterThan(textBox(date as TextMark).y1 - 1);
        for (const p of pieces) {
          const crossedText = spec.marks.filter((m): m is TextMark => {
            if (m.kind !== 'text') return false;
            const b = textBox(m);
            return b.x0 <= p.x && b.x1 >= p.x && b.y1 >= p.y0 && b.y0 <= p.y1;
          });
          expect(crossedText.map((m) => m.text)).toEqual([]);
          // It never runs across another dot, hollow or faded, on its way down.
          const crossedDots = nodes(spec).filter(
            (n) => n !== node && Math.abs(n.cx - p.x) < n.r && n.cy + n.r > p.y0 && n.cy - n.r < p.y1,
          );
          expect(crossedDots.map((n) => n.key)).toEqual([]);
        }
      });
    },
  );

  it('changes what the graphic shows at every step: the name, the ring and what has been said so far', () => {
    const seen = new Set<string>();
    all.forEach((_, i) => {
      const spec = draw(fixture, 320, i);
      const future = nodes(spec).filter((n) => n.className?.split(' ').includes('future'));
      expect(future).toHaveLength(i === 0 ? 0 : ordered.length - i);
      expect(future.every((n) => (n.opacity ?? 1) < 1)).toBe(true);
      const ring = spec.marks.find((m) => m.key === 'active-ring');
      const visible = [
        text(spec, 'active-name')?.text ?? text(spec, 'overview-count')?.text,
        text(spec, 'active-date')?.text,
        ring?.kind === 'circle' ? `${ring.cx},${ring.cy}` : '',
        future.length,
      ].join('|');
      expect(seen.has(visible), `state ${i} looks like an earlier one`).toBe(false);
      seen.add(visible);
    });
  });

  it('draws one node per statement; a filtered timeline draws only the statements it keeps', () => {
    expect(nodes(draw(fixture, 768, 3))).toHaveLength(fixture.statements.length);
    const russian = filterStatements(fixture, 'russian-government us-press');
    const kept = fixture.statements.filter((s) => s.group === 'russian-government' || s.group === 'us-press');
    const spec = draw(russian, 320, 1);
    expect(nodes(spec)).toHaveLength(kept.length);
    expect(spec.marks.filter((m) => m.key.startsWith('lane-') && m.kind === 'text')).toHaveLength(2);
    expect(text(spec, 'lane-taliban')).toBeUndefined();
    expectReadable(spec);
  });
});

describe('statements-timeline filter and step figures', () => {
  it('rejects a filter that names no actor group', () => {
    expect(() => filterStatements(fixture, 'russia')).toThrow(/not actor groups.*russian-government/);
    expect(() => filterStatements(fixture, ' ')).toThrow(/filter/);
  });

  it('draws the step figures with smaller dots at the live graphic’s positions in time', () => {
    expect(locatorLayout(fixture, 320, 0)).toEqual(layout(fixture, 320, 0));
    const strip = locatorLayout(fixture, 1280, 2);
    const live = layout(fixture, 1280, 2);
    expect(Math.max(...nodes(strip).map((n) => n.r))).toBeLessThan(Math.min(...nodes(live).map((n) => n.r)));
    expect(strip.height).toBeLessThan(live.height);
    expect(strip.card).toEqual(live.card);
  });

  it('shortens a long speaker only as far as the room asks', () => {
    const actor = 'Dmitry Peskov, Kremlin press secretary';
    expect(shortSpeaker(actor, 1000, 12)).toBe(actor);
    expect(shortSpeaker(actor, 120, 12)).toBe('Dmitry Peskov');
    expect(shortSpeaker('The New York Times (Charlie Savage, Eric Schmitt)', 200, 12)).toBe('The New York Times');
  });
});

describe('statements-timeline at phone width', () => {
  it('leaves most of the width to the day axis', () => {
    const axis = layout(fixture, 320, 0).marks.find((m): m is LineMark => m.key === 'axis' && m.kind === 'line');
    expect((axis?.x2 ?? 0) - (axis?.x1 ?? 0)).toBeGreaterThan(320 * 0.5);
  });

  it('draws dots of at least 12 px across on a phone', () => {
    expect(Math.min(...nodes(layout(fixture, 320, 0)).map((n) => 2 * n.r))).toBeGreaterThanOrEqual(12);
  });
});
