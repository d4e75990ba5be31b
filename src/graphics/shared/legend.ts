import type { Mark } from '../spec.ts';
import { lineHeight, paragraph } from './text.ts';

export interface LegendEntry {
  key: string;
  text: string;
  /** Draws the sample symbol centred on (cx, cy); omit for a text-only line. */
  symbol?: (cx: number, cy: number, key: string) => Mark[];
}

/**
 * A stacked legend: one sample symbol and a wrapped line of text per entry. Wrapping keeps the
 * text inside `maxWidth` at every supported width instead of shrinking it.
 */
export function legend(
  entries: readonly LegendEntry[],
  x: number,
  y: number,
  maxWidth: number,
  fontSize: number,
  symbolWidth: number,
): { marks: Mark[]; bottom: number } {
  const marks: Mark[] = [];
  let top = y;
  for (const entry of entries) {
    const indent = entry.symbol ? symbolWidth + 6 : 0;
    const p = paragraph(entry.key, entry.text, x + indent, top, maxWidth - indent, fontSize, 'legend-text');
    if (entry.symbol)
      marks.push(...entry.symbol(x + symbolWidth / 2, top + lineHeight(fontSize) / 2, `${entry.key}-symbol`));
    marks.push(...p.marks);
    top = p.bottom + 4;
  }
  return { marks, bottom: top };
}
