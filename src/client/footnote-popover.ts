/**
 * A footnote reference's pop-up, built from its note in the list the first time the reader opens it:
 * the page carries each note once (src/lib/reuse/footnote-popovers.ts). The pop-up holds the note
 * without its back-links and ends with a link on to the note in the list; its words are the list's
 * data-note-label and data-note-link templates, so each edition's pop-ups speak its language.
 */
import { idFromHash } from './hash.ts';

/** The reference's note and the words of its pop-up; null when it has none (it stays a plain link). */
export function noteOf(link: HTMLAnchorElement): { note: HTMLElement; label: string; more: string } | null {
  const note = document.getElementById(idFromHash(link.hash));
  const { noteLabel, noteLink } = note?.closest<HTMLElement>('[data-note-label]')?.dataset ?? {};
  return note && noteLabel && noteLink ? { note, label: noteLabel, more: noteLink } : null;
}

function span(className: string, text?: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** Builds the closed pop-up after the reference's <sup> and points the reference at it (aria-controls). */
export function buildPopover(link: HTMLAnchorElement): HTMLElement | null {
  const found = noteOf(link);
  if (!found) return null;
  const n = link.textContent ?? '';
  const body = found.note.cloneNode(true) as HTMLElement;
  // The copy adds no id to the page, and no way back: the back-links belong to the list.
  for (const el of body.querySelectorAll('[data-footnote-backref]')) el.remove();
  for (const el of body.querySelectorAll('[id]')) el.removeAttribute('id');
  // The pop-up sits inside the reader's paragraph, where a <p> may not: paragraphs become blocks of spans.
  for (const p of body.querySelectorAll('p')) {
    const para = span('fn-pop__p');
    para.append(...p.childNodes);
    p.replaceWith(para);
  }
  const more = document.createElement('a');
  more.className = 'fn-pop__more';
  more.setAttribute('href', `#${found.note.id}`);
  more.textContent = found.more.replace('{n}', n);
  const pop = span('fn-pop');
  pop.id = `fn-pop-${link.id.replace(/^user-content-fnref-/, '')}`;
  pop.popover = 'auto';
  pop.append(span('fn-pop__label', found.label.replace('{n}', n)), ' ', ...body.childNodes, ' ', more);
  (link.closest('sup') ?? link).after(pop);
  link.setAttribute('aria-controls', pop.id);
  return pop;
}
