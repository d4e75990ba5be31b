/**
 * Mark details: a small card with what a mark stands for (its aria-label) on hover, keyboard focus and
 * tap. WCAG 1.4.13: Escape dismisses it without moving focus, the pointer can move onto the card, and
 * it stays until the pointer leaves, focus moves on or Escape. Only one figure per section has
 * labelled marks; marks elsewhere (the sticky graphic, the other step figures) show the details of
 * their labelled twin with the same data-key in the same section. No focus is ever trapped.
 */
import { idFromHash } from '../hash.ts';
import './mark-keys.ts';

/**
 * The figure with the labelled marks is served as an image, like the others (section-build.ts:
 * fillFigures): the page's HTML stays light. The labelled drawing it names (data-labelled-marks)
 * replaces the image at once, whatever the view, since the sticky graphic's marks find their twins in
 * it; it has no styles or patterns of its own (the page has both, and its CSP refuses an inline
 * style). Its box keeps the image's shape. If the file does not come, the image stays.
 */
for (const figure of document.querySelectorAll<HTMLElement>('[data-labelled-marks]'))
  fetch(figure.dataset.labelledMarks ?? '')
    .then((r) => (r.ok ? r.text() : ''))
    .then((text) => {
      if (!text) return;
      const parsed = document.createElement('template');
      parsed.innerHTML = text;
      figure.querySelector('img')?.replaceWith(parsed.content);
    })
    .catch(() => {});

const MARKS = '.graphic [data-key]';
let tip: HTMLElement | null = null;
let current: Element | null = null;
let hideTimer = 0;

/** The labelled mark that describes `el`: itself, or its twin in the same section. */
function labelled(el: Element): Element | null {
  if (el.hasAttribute('aria-label')) return el;
  const key = el.getAttribute('data-key');
  const scope = el.closest('.scrolly') ?? document;
  return key ? scope.querySelector(`[data-key="${CSS.escape(key)}"][aria-label]`) : null;
}

function card(): HTMLElement {
  if (!tip) {
    tip = document.createElement('div');
    tip.className = 'mark-tip';
    // The focused mark's own label already says all this to screen readers.
    tip.setAttribute('aria-hidden', 'true');
    tip.hidden = true;
    tip.addEventListener('pointerenter', () => clearTimeout(hideTimer));
    tip.addEventListener('pointerleave', () => hide());
    document.body.append(tip);
  }
  return tip;
}

/** Where the card goes: beside the pointer for a pointer (a tall mark's box would put it over the pointer), else the mark. */
function anchorBox(mark: Element, at?: MouseEvent): Pick<DOMRect, 'left' | 'width' | 'top' | 'bottom'> {
  if (!at || (at.clientX === 0 && at.clientY === 0)) return mark.getBoundingClientRect();
  return { left: at.clientX, width: 0, top: at.clientY - 16, bottom: at.clientY + 16 };
}

function show(mark: Element, at?: MouseEvent): void {
  const source = labelled(mark);
  const text = source?.getAttribute('aria-label');
  if (!text || getComputedStyle(mark).opacity === '0') return;
  clearTimeout(hideTimer);
  const t = card();
  // Labels start with who or what the mark is ("Sgt. …, Army, …", "Actor, date, …", "Kind: …").
  const split = text.search(/[,:] /);
  t.replaceChildren();
  if (split > 0 && split < 80) {
    const head = document.createElement('strong');
    head.textContent = text.slice(0, split + 1);
    t.append(head, text.slice(split + 1));
  } else t.textContent = text;
  t.hidden = false;
  current = mark;
  place(t, anchorBox(mark, at));
}

/** Below the anchor, else above it, else beside it: the card never covers what it describes. */
function place(t: HTMLElement, box: Pick<DOMRect, 'left' | 'width' | 'top' | 'bottom'>): void {
  const page = document.documentElement.clientWidth;
  const width = Math.min(320, page - 16);
  t.style.maxWidth = `${width}px`;
  const h = t.offsetHeight;
  const w = Math.min(width, t.offsetWidth);
  let left = Math.min(Math.max(8, box.left + box.width / 2 - w / 2), page - w - 8);
  let top: number;
  if (box.bottom + 8 + h < innerHeight) top = box.bottom + 8;
  else if (box.top - 8 - h > 0) top = box.top - 8 - h;
  else {
    const right = box.left + box.width + 12;
    left = right + w < page - 8 ? right : Math.max(8, box.left - 12 - w);
    top = Math.min(Math.max(8, (box.top + box.bottom) / 2 - h / 2), Math.max(8, innerHeight - h - 8));
  }
  t.style.left = `${left + scrollX}px`;
  t.style.top = `${top + scrollY}px`;
}

function hide(delay = 0): void {
  clearTimeout(hideTimer);
  const done = () => {
    if (tip) tip.hidden = true;
    current = null;
  };
  if (delay) hideTimer = window.setTimeout(done, delay);
  else done();
}

const markOf = (e: Event) => (e.target instanceof Element ? e.target.closest(MARKS) : null);

document.addEventListener('pointerover', (e) => {
  const mark = markOf(e);
  if (mark && mark !== current) show(mark, e);
});
document.addEventListener('pointerout', (e) => {
  // A short grace period lets the pointer travel from the mark onto the card.
  if (markOf(e) && !(e.relatedTarget instanceof Node && tip?.contains(e.relatedTarget))) hide(300);
});
document.addEventListener('focusin', (e) => {
  const mark = markOf(e);
  if (mark) show(mark);
});
document.addEventListener('focusout', (e) => {
  if (markOf(e)) hide();
});
document.addEventListener('click', (e) => {
  const mark = markOf(e);
  if (mark) show(mark, e);
  else if (current && !(e.target instanceof Node && tip?.contains(e.target))) hide();
});
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && current) hide();
});
// A printed handout shows every data table.
addEventListener('beforeprint', () => {
  for (const d of document.querySelectorAll<HTMLDetailsElement>('.graphic-data__tables')) d.open = true;
});
// A link to one row of a data table (a statement, a death, a measure) opens the table around it.
const revealTarget = () => {
  const id = idFromHash(location.hash);
  const target = id ? document.getElementById(id) : null;
  const box = target?.closest('details');
  // The scrolly client opened the step that shows this entry: that, not the table, is the way in.
  if (!target || !box || document.documentElement.dataset.scrollyLinkedEntry === id) return;
  box.open = true;
  target.scrollIntoView({ block: 'center' });
};
// After load: the browser's own jump to the fragment happened while the row was still hidden.
if (document.readyState === 'complete') revealTarget();
else addEventListener('load', () => requestAnimationFrame(revealTarget));
addEventListener('hashchange', revealTarget);
