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
