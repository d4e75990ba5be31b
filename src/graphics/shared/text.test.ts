import { describe, expect, it } from 'vitest';
import { dodgeLevels } from './dodge.ts';
import { boxesOverlap, textBox, textOverlaps, thinLabels, wrapText } from './text.ts';
import { parseCsv } from './csv.ts';
import type { TextMark } from '../spec.ts';

const t = (key: string, x: number, y: number, text: string, anchor: TextMark['anchor'] = 'start'): TextMark => ({
  kind: 'text',
  key,
  x,
  y,
  text,
  fontSize: 12,
  anchor,
});

describe('text metrics', () => {
  it('places boxes by anchor', () => {
    expect(textBox(t('a', 100, 50, 'abcd', 'start')).x0).toBe(100);
    expect(textBox(t('a', 100, 50, 'abcd', 'end')).x1).toBe(100);
    const mid = textBox(t('a', 100, 50, 'abcd', 'middle'));
    expect((mid.x0 + mid.x1) / 2).toBeCloseTo(100);
  });

  it('finds overlapping labels and ignores separate ones and hidden ones', () => {
    expect(textOverlaps([t('a', 0, 20, 'January'), t('b', 30, 20, 'February')])).toHaveLength(1);
    expect(textOverlaps([t('a', 0, 20, 'Jan'), t('b', 0, 40, 'Feb')])).toHaveLength(0);
    expect(textOverlaps([t('a', 0, 20, 'January'), { ...t('b', 30, 20, 'February'), opacity: 0 }])).toHaveLength(0);
    expect(boxesOverlap({ x0: 0, y0: 0, x1: 10, y1: 10 }, { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(false);
  });

  it('wraps to the width it is given', () => {
    const lines = wrapText('one two three four five six seven', 60, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('one two three four five six seven');
    for (const line of lines.slice(0, -1)) expect(line.length * 0.6 * 12).toBeLessThanOrEqual(60);
  });

  it('thins tick labels until neighbours no longer touch', () => {
    const ticks = Array.from({ length: 12 }, (_, i) => i);
    const kept = thinLabels(ticks, [1, 2, 3, 6], (i) => t(`m${i}`, i * 20, 10, 'Mar'));
    expect(kept).toEqual([0, 2, 4, 6, 8, 10]);
  });
});

describe('dodgeLevels', () => {
  it('stacks equal positions and lifts close ones, keeps distant ones on the ground', () => {
    expect(dodgeLevels([0, 0, 0, 5, 100], 10)).toEqual([0, 1, 2, 3, 0]);
  });
});

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and newlines', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi""\nthere"\n')).toEqual([{ a: 'x, y', b: 'say "hi"\nthere' }]);
  });
});
