/**
 * One tab stop per figure: of a figure's focusable marks only the first is in the tab order as drawn
 * (render-svg.ts), and this roving tabindex moves it: the arrow keys go from mark to mark, Home and
 * End jump to the ends. Each mark keeps its own label, and focusing it shows its details card
 * (details.ts). The marks are those of a focus figure's drawing, which details.ts puts inline in
 * place of its image, so the keys are heard on the document.
 */
const MARK = '[data-key][tabindex]';

document.addEventListener('keydown', (event) => {
  const mark = event.target as SVGElement;
  const marks = [...(mark.ownerSVGElement?.querySelectorAll<SVGElement>(MARK) ?? [])];
  const from = marks.indexOf(mark);
  if (from < 0) return;
  const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
  const to = event.key === 'Home' ? 0 : event.key === 'End' ? marks.length - 1 : step ? from + step : undefined;
  if (to === undefined) return;
  event.preventDefault();
  const next = marks[Math.min(Math.max(to, 0), marks.length - 1)];
  if (!next || next === mark) return;
  mark.setAttribute('tabindex', '-1');
  next.setAttribute('tabindex', '0');
  next.focus();
});

export {};
