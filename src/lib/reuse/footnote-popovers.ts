/**
 * Footnote pop-ups, built at build time from the chapter's own footnote list: after every reference
 * (`<sup><a href="#user-content-fn-…" data-footnote-ref>3</a></sup>`, as Astro's Markdown renderer
 * emits it) a closed `popover` holds that note's text and a link on to the endnote. The reference
 * stays a plain link to the endnote, so without scripts it works as before; src/client/footnotes.ts
 * opens the pop-up instead. Closed popovers are display:none, so they add no tab stops and no height.
 */

const NOTE = /<li id="user-content-fn-([^"]+)"[^>]*>([\s\S]*?)<\/li>/g;
const BACKREF = /\s*<a href="#user-content-fnref-[^"]*"[^>]*data-footnote-backref[^>]*>[\s\S]*?<\/a>/g;
const REF =
  /<sup><a href="#user-content-fn-([^"]+)" id="user-content-fnref-([^"]+)"([^>]*)data-footnote-ref[^>]*>([^<]+)<\/a><\/sup>/g;

/** The popover's id for one reference (a note cited three times gets three pop-ups, each by its own reference). */
export const popoverId = (refId: string): string => `fn-pop-${refId}`;

/** Each footnote's body without its back-links, paragraphs turned into phrasing content (it sits inside a <p>). */
export function footnoteBodies(html: string): Map<string, string> {
  const notes = new Map<string, string>();
  for (const [, id = '', body = ''] of html.matchAll(NOTE)) {
    const text = body
      .replace(BACKREF, '')
      .replace(/<p>/g, '<span class="fn-pop__p">')
      .replace(/<\/p>/g, '</span>')
      .trim();
    notes.set(id, text);
  }
  return notes;
}

/** The words of the pop-ups and the folded list, per edition (src/lib/i18n/ui.ts gives the Russian). */
export interface FootnoteWords {
  note: (label: string) => string;
  noteInList: (label: string) => string;
  notes: string;
}
const ENGLISH: FootnoteWords = {
  note: (n) => `Note ${n}`,
  noteInList: (n) => `Note ${n} in the list of notes`,
  notes: 'Notes and sources',
};

export function addFootnotePopovers(html: string, words: FootnoteWords = ENGLISH): string {
  const notes = footnoteBodies(html);
  return html.replace(REF, (sup: string, fnId: string, refId: string, _attrs: string, label: string) => {
    const body = notes.get(fnId);
    if (body === undefined || sup.includes('aria-controls')) return sup;
    const pop = popoverId(refId);
    const link = sup.replace(' data-footnote-ref', ` aria-controls="${pop}" data-footnote-ref`);
    return (
      `${link}<span class="fn-pop" id="${pop}" popover data-pagefind-ignore>` +
      `<span class="fn-pop__label">${words.note(label)}</span> ${body} ` +
      `<a class="fn-pop__more" href="#user-content-fn-${fnId}">${words.noteInList(label)}</a></span>`
    );
  });
}

const SECTION =
  /(<section data-footnotes="true" class="footnotes">)\s*<h2 class="sr-only" id="footnote-label">[^<]*<\/h2>([\s\S]*?)(<\/section>)/;

/**
 * With pop-ups carrying each note where it is cited, the list at the end folds into a <details>
 * ("Notes and sources (30)"): one tab stop instead of a hundred. A link to a note (the pop-up's, a
 * shared URL, or a reference followed without scripts) opens the fold: browsers expand a closed
 * <details> around a fragment target, and src/client/footnotes.ts does it too.
 */
export function foldFootnotes(html: string, words: FootnoteWords = ENGLISH): string {
  return html.replace(SECTION, (_m, open: string, list: string, close: string) => {
    const count = [...list.matchAll(/<li id="user-content-fn-/g)].length;
    return (
      `${open}<details class="footnotes__fold" data-footnotes-fold><summary>` +
      `<h2 id="footnote-label">${words.notes}</h2> <span class="footnotes__count">(${count})</span>` +
      `</summary>${list}</details>${close}`
    );
  });
}
