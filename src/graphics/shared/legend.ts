import type { Mark } from '../spec.ts';
import { lineHeight, paragraph, textWidth } from './text.ts';

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

export interface FlowEntry {
  key: string;
  text: string;
  /** Draws the sample symbol centred on (cx, cy); omit for a text-only entry. */
  symbol?: (cx: number, cy: number, key: string) => Mark[];
  /** Drawn invisible (opacity 0): the entry keeps its place so the chart does not move between states. */
  hidden?: boolean;
}

/**
 * A legend on as few lines as fit: entries run along a line (sample symbol, then a few words) and wrap
 * to the next line when one would pass `x1`: compact on wide screens, stacked on phones, and never
 * wider than the drawing. For keys of a few words, where one entry per line would outgrow the chart.
 */
export function flowLegend(
  entries: readonly FlowEntry[],
  x0: number,
  y: number,
  x1: number,
  fontSize: number,
  symbolWidth: number,
): { marks: Mark[]; bottom: number } {
  const lh = lineHeight(fontSize);
  const marks: Mark[] = [];
  let x = x0;
  let top = y;
  for (const e of entries) {
    const indent = e.symbol ? symbolWidth + 6 : 0;
    const width = indent + textWidth(e.text, fontSize);
    if (x > x0 && x + width > x1) {
      x = x0;
      top += lh + 2;
    }
    const hidden = e.hidden ? { opacity: 0 } : {};
    if (e.symbol)
      marks.push(...e.symbol(x + symbolWidth / 2, top + lh / 2, `${e.key}-symbol`).map((m) => ({ ...m, ...hidden })));
    marks.push({
      kind: 'text',
      key: e.key,
      x: x + indent,
      // The text's middle on the symbol's centre line.
      y: top + 0.5 * lh + 0.35 * fontSize,
      text: e.text,
      fontSize,
      className: 'legend-text',
      ...hidden,
    });
    x += width + 14;
  }
  return { marks, bottom: top + lh };
}
