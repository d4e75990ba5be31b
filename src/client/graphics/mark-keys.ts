/**
 * One tab stop per figure: of a figure's focusable marks only one is in the tab order (a roving
 * tabindex); the arrow keys move between marks, Home and End jump to the ends. Each mark keeps its own
 * label, and focusing it shows its details card (details.ts). Without scripts every mark is a stop.
 */
const MARK = '[data-key][tabindex]';

for (const svg of document.querySelectorAll<SVGSVGElement>('svg')) {
  const marks = [...svg.querySelectorAll<SVGElement>(MARK)];
  if (marks.length < 2) continue;
  marks.forEach((m, i) => m.setAttribute('tabindex', i === 0 ? '0' : '-1'));
  svg.addEventListener('keydown', (event) => {
    const from = marks.indexOf(event.target as SVGElement);
    if (from < 0) return;
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    const to = event.key === 'Home' ? 0 : event.key === 'End' ? marks.length - 1 : step ? from + step : undefined;
    if (to === undefined) return;
    event.preventDefault();
    const next = marks[Math.min(Math.max(to, 0), marks.length - 1)];
    if (!next || next === marks[from]) return;
    marks[from]?.setAttribute('tabindex', '-1');
    next.setAttribute('tabindex', '0');
    next.focus();
  });
}

export {};
