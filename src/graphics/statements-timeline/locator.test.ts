import { describe, expect, it } from 'vitest';
import type { CircleMark, LineMark } from '../spec.ts';
import { byKeyPrefix, expectReadable, TEST_WIDTHS } from '../shared/test-helpers.ts';
import { fixture } from './fixtures/data.ts';
import { layout, statesFor } from './layout.ts';
import { locatorLayout } from './locator.ts';

const all = statesFor(fixture);

describe('statements-timeline locator strip (step figures of the unrolled view)', () => {
  it('is the full timeline in the overview state', () => {
    expect(locatorLayout(fixture, 320, 0)).toEqual(layout(fixture, 320, 0));
  });

  it.each(TEST_WIDTHS)('keeps every statement state readable and small at %i px', (width) => {
    all.slice(1).forEach((_, i) => {
      const strip = locatorLayout(fixture, width, i + 1);
      expectReadable(strip);
      expect(strip.height).toBeLessThan(layout(fixture, width, i + 1).height);
    });
  });

  it('draws one dot per statement at the x the full layout gives it, the active one large and labelled', () => {
    all.slice(1).forEach((state, i) => {
      const full = byKeyPrefix(layout(fixture, 320, i + 1), 'statement-') as CircleMark[];
      const strip = locatorLayout(fixture, 320, i + 1);
      const dots = byKeyPrefix(strip, 'statement-') as CircleMark[];
      expect(dots).toHaveLength(fixture.statements.length);
      for (const d of dots) expect(d.cx).toBe(full.find((f) => f.key === d.key)?.cx);
      const active = dots.find((d) => d.key === `statement-${state.name}`);
      expect(active?.r).toBe(Math.max(...dots.map((d) => d.r)));
      expect(strip.marks.some((m) => m.key === 'active-label')).toBe(true);
      expect(strip.card?.key).toBe(`statement-${state.name}`);
    });
  });
});

describe('statements-timeline at phone width', () => {
  it('leaves most of the width to the day axis', () => {
    const axis = layout(fixture, 320, 0).marks.find((m): m is LineMark => m.key === 'axis' && m.kind === 'line');
    expect((axis?.x2 ?? 0) - (axis?.x1 ?? 0)).toBeGreaterThan(320 * 0.4);
  });
});
