import { expect } from 'vitest';
import type { GraphicSpec, Mark } from '../spec.ts';
import { textOverlaps, unreadableText } from './text.ts';

/** Widths at which every state must stay readable. */
export const TEST_WIDTHS = [320, 768, 1280] as const;

const describeText = (m: Mark) => (m.kind === 'text' ? `${m.key} "${m.text}"` : m.key);

/** What a reader would notice: text too small, clipped, or written over other text; duplicate keys. */
export function expectReadable(spec: GraphicSpec): void {
  const keys = spec.marks.map((m) => m.key);
  expect(
    keys.filter((k, i) => keys.indexOf(k) !== i),
    'duplicate keys',
  ).toEqual([]);
  expect(unreadableText(spec).map(describeText), 'text too small or clipped').toEqual([]);
  expect(
    textOverlaps(spec.marks).map(([a, b]) => `${describeText(a)} × ${describeText(b)}`),
    'overlapping text',
  ).toEqual([]);
  for (const m of spec.marks) {
    const values = Object.values(m).filter((v): v is number => typeof v === 'number');
    expect(values.every(Number.isFinite), `${m.key} has a non-finite coordinate`).toBe(true);
  }
}

export const byClass = (spec: GraphicSpec, cls: string): Mark[] =>
  spec.marks.filter((m) => (m.className ?? '').split(' ').includes(cls));

export const byKeyPrefix = (spec: GraphicSpec, prefix: string): Mark[] =>
  spec.marks.filter((m) => m.key.startsWith(prefix));

export const visibleText = (spec: GraphicSpec): string =>
  spec.marks
    .filter((m) => m.kind === 'text' && m.opacity !== 0)
    .map((m) => (m.kind === 'text' ? m.text : ''))
    .join(' ');
