/**
 * Footnote pop-ups. Each reference is a link to its endnote; its pop-up is built from the endnote the
 * first time the reader reaches for it (src/client/footnote-popover.ts). A click, tap, Enter or hover
 * opens the pop-up in place instead of jumping to the end of the chapter; Escape and a tap outside
 * close it (popover light dismiss) and focus goes back to the reference. CSS anchors the pop-up to its
 * reference where anchor positioning exists; elsewhere it is placed from the reference's box.
 */
import { idFromHash } from './hash.ts';
import { buildPopover, noteOf } from './footnote-popover.ts';

const anchored = CSS.supports('position-area', 'block-end');
const HOVER_DELAY = 150;
let hoverTimer = 0;
let hoverOpened: HTMLElement | null = null;
/** When each pop-up last closed: a hover that began before that must not reopen it. */
const closedAt = new WeakMap<HTMLElement, number>();

/** The reference's pop-up, built and wired the first time it is asked for. */
function popoverOf(link: HTMLAnchorElement): HTMLElement | null {
  const id = link.getAttribute('aria-controls');
  const built = id && document.getElementById(id);
  if (built) return built;
  const pop = buildPopover(link);
  if (pop) follow(link, pop);
  return pop;
}

/** Without anchor positioning: below the reference (above it when there is no room), inside the viewport. */
function place(pop: HTMLElement, link: HTMLElement): void {
  const ref = link.getBoundingClientRect();
  const width = Math.min(pop.offsetWidth, innerWidth - 16);
  const left = Math.min(Math.max(8, ref.left - 16), innerWidth - width - 8);
  const below = ref.bottom + 6;
  const top = below + pop.offsetHeight <= innerHeight ? below : Math.max(8, ref.top - pop.offsetHeight - 6);
  Object.assign(pop.style, { left: `${left}px`, top: `${top}px` });
}

function open(link: HTMLAnchorElement, pop: HTMLElement): void {
  if (pop.matches(':popover-open')) return;
  // `source` makes the reference the pop-up's invoker: its implicit anchor, and exempt from light dismiss.
  pop.showPopover({ source: link });
  if (!anchored) place(pop, link);
}

function linkFrom(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>('a[data-footnote-ref]') : null;
}

document.addEventListener('click', (event) => {
  const link = linkFrom(event.target);
  const pop = link && popoverOf(link);
  if (!link || !pop) return;
  event.preventDefault();
  // A click settles it: a hover delay still running must not reopen the note after the reader closes it.
  clearTimeout(hoverTimer);
  if (pop.matches(':popover-open') && hoverOpened !== pop) pop.hidePopover();
  else open(link, pop);
  hoverOpened = null;
});

// Hover opens after a short delay and closes when the pointer has left both the reference and the pop-up.
document.addEventListener('pointerover', (event) => {
  if (event.pointerType !== 'mouse') return;
  const link = linkFrom(event.target);
  const inside = (event.target as Element).closest?.('.fn-pop');
  if (inside) return clearTimeout(hoverTimer);
  if (!link) {
    if (hoverOpened) {
      clearTimeout(hoverTimer);
      const pop = hoverOpened;
      hoverTimer = window.setTimeout(() => {
        if (hoverOpened === pop && pop.matches(':popover-open')) pop.hidePopover();
      }, 300);
    }
    return;
  }
  const pop = popoverOf(link);
  if (!pop || pop.matches(':popover-open')) return clearTimeout(hoverTimer);
  clearTimeout(hoverTimer);
  const started = performance.now();
  hoverTimer = window.setTimeout(() => {
    // Closed since the pointer arrived (Escape, a click): the reader's choice stands.
    if ((closedAt.get(pop) ?? -1) >= started) return;
    open(link, pop);
    hoverOpened = pop;
  }, HOVER_DELAY);
});

/** The reference follows its pop-up: aria-expanded, and focus back to it when the pop-up closes around it. */
function follow(link: HTMLAnchorElement, pop: HTMLElement): void {
  let hadFocus = false;
  // Closed (Escape) while the reader was inside it: they continue from the reference.
  pop.addEventListener('beforetoggle', (event) => {
    hadFocus = event.newState === 'closed' && pop.contains(document.activeElement);
  });
  pop.addEventListener('toggle', (event) => {
    const isOpen = event.newState === 'open';
    link.setAttribute('aria-expanded', String(isOpen));
    if (isOpen) return;
    closedAt.set(pop, performance.now());
    if (hoverOpened === pop) hoverOpened = null;
    if (hadFocus) link.focus({ preventScroll: true });
  });
}

// Each reference says from the start that it opens something, as before its pop-up exists.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-footnote-ref]')) {
  if (noteOf(link)) link.setAttribute('aria-expanded', 'false');
}

// A link to a note in the folded list opens the fold (browsers do this for fragment targets; not all).
function unfoldForHash(): void {
  const target = location.hash.length > 1 ? document.getElementById(idFromHash(location.hash)) : null;
  const fold = target?.closest<HTMLDetailsElement>('details[data-footnotes-fold]');
  if (fold && !fold.open) {
    fold.open = true;
    target?.scrollIntoView({ block: 'start' });
  }
}
unfoldForHash();
addEventListener('hashchange', unfoldForHash);
addEventListener('beforeprint', () => {
  for (const d of document.querySelectorAll<HTMLDetailsElement>('details[data-footnotes-fold]')) d.open = true;
});

export {};
