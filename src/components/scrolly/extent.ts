import { round2 } from '~/graphics/shared/round.ts';
import type { GraphicSpec, Mark } from '~/graphics/spec.ts';

/** Vertical span [top, bottom] of a mark in user units; text from its cap height to its descenders. */
function markSpan(m: Mark): [number, number] | undefined {
  switch (m.kind) {
    case 'rect':
      return m.height > 0 || m.width > 0 ? [m.y, m.y + Math.max(0, m.height)] : undefined;
    case 'circle':
      return m.r > 0 ? [m.cy - m.r, m.cy + m.r] : undefined;
    case 'line':
      return [Math.min(m.y1, m.y2), Math.max(m.y1, m.y2)];
    case 'text':
      return m.text.trim() ? [m.y - m.fontSize * 0.85, m.y + m.fontSize * 0.3] : undefined;
    case 'path': {
      // Layouts draw paths with absolute x,y pairs (M/L/C/Q/Z); every second number is a y.
      const ys = (m.d.match(/-?\d*\.?\d+(?:e-?\d+)?/gi) ?? []).map(Number).filter((_n, i) => i % 2 === 1);
      return ys.length ? [Math.min(...ys), Math.max(...ys)] : undefined;
    }
  }
}

/**
 * The part of a state's drawing that holds its visible marks, with a little room around it. Layouts
 * give every state of a graphic the same height (so the sticky copy never resizes); a stacked figure
 * shows one state, and cropping it to that state leaves no blank band.
 */
export function visibleExtent(spec: GraphicSpec, pad = 6): { y: number; height: number } {
  let top = Infinity;
  let bottom = -Infinity;
  for (const m of spec.marks) {
    if ((m.opacity ?? 1) <= 0) continue;
    const span = markSpan(m);
    if (!span) continue;
    top = Math.min(top, span[0]);
    bottom = Math.max(bottom, span[1]);
  }
  if (!Number.isFinite(top)) return { y: 0, height: spec.height };
  const y = Math.max(0, Math.floor(top - pad));
  const end = Math.min(spec.height, Math.ceil(bottom + pad));
  return { y, height: Math.max(1, end - y) };
}

const ABSOLUTE_PATH = /^[MLCQZ\d\s,.eE-]*$/;

function shiftMark(m: Mark, dy: number): Mark {
  switch (m.kind) {
    case 'rect':
      return { ...m, y: m.y - dy };
    case 'circle':
      return { ...m, cy: m.cy - dy };
    case 'line':
      return { ...m, y1: m.y1 - dy, y2: m.y2 - dy };
    case 'text':
      return { ...m, y: m.y - dy };
    case 'path': {
      let i = 0;
      const d = m.d.replace(/-?\d*\.?\d+(?:e-?\d+)?/gi, (n) => (i++ % 2 === 1 ? String(round2(Number(n) - dy)) : n));
      return { ...m, d };
    }
  }
}

/**
 * A stacked figure shows one state, but layouts keep room for every state (bars that grow later, rows
 * that fill later), which leaves empty bands across the figure. This closes every empty horizontal
 * band taller than `maxGap` to `maxGap`, moving the marks below it up. Marks that cross a band (grid
 * lines, axes) keep it, so only bands with nothing in them close; paths move only when they are drawn
 * with absolute commands (the only kind layouts use), otherwise they count as crossing everything.
 */
export function closeBlankBands(spec: GraphicSpec, maxGap = 12): GraphicSpec {
  const spans: [number, number][] = [];
  for (const m of spec.marks) {
    if ((m.opacity ?? 1) <= 0) continue;
    if (m.kind === 'path' && !ABSOLUTE_PATH.test(m.d)) return spec;
    const span = markSpan(m);
    if (span) spans.push(span);
  }
  spans.sort((a, b) => a[0] - b[0]);
  // Gaps between merged spans, top to bottom: [where the gap starts, how much to close].
  const cuts: [number, number][] = [];
  let end = -Infinity;
  for (const [top, bottom] of spans) {
    if (Number.isFinite(end) && top - end > maxGap) cuts.push([end, top - end - maxGap]);
    end = Math.max(end, bottom);
  }
  if (!cuts.length) return spec;
  const shiftAt = (y: number) => cuts.reduce((sum, [at, by]) => (y > at ? sum + by : sum), 0);
  const marks = spec.marks.map((m) => {
    const span = markSpan(m);
    const dy = span ? shiftAt(span[0]) : 0;
    return dy ? shiftMark(m, dy) : m;
  });
  return { ...spec, marks, height: spec.height - cuts.reduce((sum, [, by]) => sum + by, 0) };
}
