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

/**
 * A legend on as few lines as fit: sample symbol and short text side by side, wrapping to a new line
 * when the next entry would cross `maxWidth`. For keys of a few words (filled / hollow / ring), where
 * one entry per line would take more height than the chart.
 */
export function legendRow(
  entries: readonly LegendEntry[],
  x: number,
  y: number,
  maxWidth: number,
  fontSize: number,
  symbolWidth: number,
): { marks: Mark[]; bottom: number } {
  const marks: Mark[] = [];
  const line = lineHeight(fontSize);
  const gap = 14;
  let cx = x;
  let top = y;
  for (const entry of entries) {
    const indent = entry.symbol ? symbolWidth + 5 : 0;
    const width = indent + textWidth(entry.text, fontSize);
    if (cx > x && cx + width > x + maxWidth) {
      cx = x;
      top += line + 2;
    }
    if (entry.symbol) marks.push(...entry.symbol(cx + symbolWidth / 2, top + line / 2, `${entry.key}-symbol`));
    marks.push({
      kind: 'text',
      key: entry.key,
      x: cx + indent,
      y: top + 0.5 * line + 0.35 * fontSize,
      text: entry.text,
      fontSize,
      className: 'legend-text',
    });
    cx += width + gap;
  }
  return { marks, bottom: top + line };
}
