import type { GraphicSpec, Mark, TextMark } from '../spec.ts';

/** The smallest font size any text mark may use (CSS px). */
export const MIN_FONT_SIZE = 12;

/**
 * Approximate advance width of one character as a share of the font size. Real system sans-serif
 * fonts average about 0.5–0.55; 0.6 leaves room for wide glyphs and for fonts we cannot measure at
 * build time, so "does not overlap here" means "does not overlap in the browser".
 */
const CHAR_WIDTH = 0.6;
const ASCENT = 0.85;
const DESCENT = 0.25;

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export function textWidth(text: string, fontSize: number): number {
  return [...text].length * CHAR_WIDTH * fontSize;
}

/** Line height used when a layout stacks wrapped lines. */
export function lineHeight(fontSize: number): number {
  return Math.ceil(fontSize * 1.3);
}

export function textBox(mark: Pick<TextMark, 'x' | 'y' | 'text' | 'fontSize' | 'anchor'>): Box {
  const w = textWidth(mark.text, mark.fontSize);
  const anchor = mark.anchor ?? 'start';
  const x0 = anchor === 'start' ? mark.x : anchor === 'middle' ? mark.x - w / 2 : mark.x - w;
  return { x0, x1: x0 + w, y0: mark.y - ASCENT * mark.fontSize, y1: mark.y + DESCENT * mark.fontSize };
}

export function boxesOverlap(a: Box, b: Box, pad = 0): boolean {
  return a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;
}

function isVisibleText(mark: Mark): mark is TextMark {
  return mark.kind === 'text' && mark.opacity !== 0 && mark.text.length > 0;
}

/** Pairs of visible text marks whose approximate boxes intersect. */
export function textOverlaps(marks: readonly Mark[], pad = 0): [TextMark, TextMark][] {
  const texts = marks.filter(isVisibleText);
  const pairs: [TextMark, TextMark][] = [];
  texts.forEach((a, i) => {
    for (const b of texts.slice(i + 1)) if (boxesOverlap(textBox(a), textBox(b), pad)) pairs.push([a, b]);
  });
  return pairs;
}

/** Visible text marks that would be clipped by the SVG's edges or are smaller than the minimum. */
export function unreadableText(spec: GraphicSpec): TextMark[] {
  return spec.marks.filter(isVisibleText).filter((m) => {
    const b = textBox(m);
    return m.fontSize < MIN_FONT_SIZE || b.x0 < 0 || b.y0 < 0 || b.x1 > spec.width || b.y1 > spec.height;
  });
}

/**
 * Greedy word wrap with the same metric the overlap check uses; a too-long word gets its own line. A
 * no-break space (Russian «10 июня», «20 погибших») keeps its words on one line.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\n\r]+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Text marks for a wrapped paragraph, one per line, keyed `${key}-<line>`. Returns the marks and the
 * y just below the last line, so callers can stack paragraphs.
 */
export function paragraph(
  key: string,
  text: string,
  x: number,
  y: number,
  maxWidth: number,
  fontSize: number,
  className: string,
): { marks: TextMark[]; bottom: number } {
  const lh = lineHeight(fontSize);
  const marks = wrapText(text, maxWidth, fontSize).map((line, i): TextMark => ({
    kind: 'text',
    key: `${key}-${i}`,
    className,
    x,
    y: y + ASCENT * fontSize + i * lh,
    text: line,
    fontSize,
  }));
  return { marks, bottom: y + marks.length * lh };
}

type LabelOf<T> = (tick: T) => Pick<TextMark, 'x' | 'y' | 'text' | 'fontSize' | 'anchor'>;

/** Whether consecutive tick labels (in x order) keep at least `gap` between them. */
export function labelsFit<T>(ticks: readonly T[], toMark: LabelOf<T>, gap = 4): boolean {
  const boxes = ticks.map((t) => textBox(toMark(t)));
  return boxes.every((b, i) => i === 0 || b.x0 >= (boxes[i - 1]?.x1 ?? 0) + gap);
}

/**
 * Every `step`-th tick for the smallest step (from `steps`) at which the labels fit; the last step
 * when none fits.
 */
export function thinLabels<T>(ticks: readonly T[], steps: readonly number[], toMark: LabelOf<T>, gap = 4): T[] {
  const thin = (step: number) => ticks.filter((_, i) => i % step === 0);
  const step = steps.find((st) => labelsFit(thin(st), toMark, gap)) ?? steps[steps.length - 1] ?? 1;
  return thin(step);
}
