import type { Mark } from '../spec.ts';
import { boxesOverlap, lineHeight, textBox, wrapText, type Box } from './text.ts';

export interface CalloutInput {
  key: string;
  text: string;
  /** The point the label names (the mark's centre). */
  at: { x: number; y: number };
  /** Where the label may go (usually the drawing minus its margins). */
  area: Box;
  /** Boxes the label must not cover: other labels, the mark itself. */
  avoid: readonly Box[];
  fontSize: number;
  maxWidth: number;
  className?: string;
}

export interface Callout {
  marks: Mark[];
  box: Box;
}

const GAP = 10;

/**
 * A wrapped label named in place, with a leader line to the point it names. Tries the four corners
 * around the point, nearest first, and keeps the first spot inside `area` that covers none of
 * `avoid`; when none is free the label goes below everything in the area (callers reserve room).
 */
export function callout(input: CalloutInput): Callout {
  const { at, area, fontSize: fs } = input;
  const lh = lineHeight(fs);
  const lines = wrapText(input.text, Math.min(input.maxWidth, area.x1 - area.x0), fs);
  const width = Math.max(...lines.map((l) => textBox({ x: 0, y: 0, text: l, fontSize: fs }).x1));
  const height = lines.length * lh;
  const candidates: Box[] = [];
  for (const dy of [-1, 1])
    for (const dx of [1, -1]) {
      const x0 = dx > 0 ? at.x + GAP : at.x - GAP - width;
      const y0 = dy < 0 ? at.y - GAP - height : at.y + GAP;
      candidates.push({ x0, y0, x1: x0 + width, y1: y0 + height });
    }
  // Clamped variants keep a long label on the chart when the point sits near an edge.
  for (const c of [...candidates]) {
    const shift = Math.max(area.x0 - c.x0, Math.min(0, area.x1 - c.x1));
    if (shift !== 0) candidates.push({ ...c, x0: c.x0 + shift, x1: c.x1 + shift });
  }
  const inside = (b: Box) => b.x0 >= area.x0 && b.x1 <= area.x1 && b.y0 >= area.y0 && b.y1 <= area.y1;
  const box = candidates.find((b) => inside(b) && !input.avoid.some((a) => boxesOverlap(a, b, 2))) ?? {
    x0: area.x0,
    x1: area.x0 + width,
    y0: area.y1 - height,
    y1: area.y1,
  };
  const className = input.className ?? 'callout-text';
  const marks: Mark[] = lines.map((text, i) => ({
    kind: 'text',
    key: `${input.key}-${i}`,
    x: box.x0,
    y: box.y0 + 0.85 * fs + i * lh,
    text,
    fontSize: fs,
    className,
  }));
  // The leader runs from the point to the nearest point of the label's box.
  const lx = Math.min(Math.max(at.x, box.x0), box.x1);
  const ly = Math.min(Math.max(at.y, box.y0), box.y1);
  marks.push({ kind: 'line', key: `${input.key}-leader`, x1: at.x, y1: at.y, x2: lx, y2: ly, className: 'leader' });
  return { marks, box };
}

/** The box of a text mark, for `avoid` lists. */
export const boxOf = (m: Mark): Box | undefined => (m.kind === 'text' ? textBox(m) : undefined);
