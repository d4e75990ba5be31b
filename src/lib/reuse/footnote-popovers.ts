/**
 * The chapter's list of notes, ready for pop-ups. Each reference (`<sup><a href="#user-content-fn-…"
 * data-footnote-ref>3</a></sup>`, as Astro's Markdown renderer emits it) stays a plain link to its
 * note, so without scripts it works as before. The page carries each note once, in the list:
 * src/client/footnotes.ts builds a reference's pop-up from its list item when the reader first opens
 * it, with the words the list carries here (a copy of every note after its references was a sixth of
 * a chapter page's bytes, all on the first-paint path).
 */

/**
 * The words of the pop-ups and the folded list, per edition (src/lib/i18n/ui.ts gives the Russian).
 * `note` and `noteInList` are templates: the script puts the note's number in place of `{n}`.
 */
export interface FootnoteWords {
  note: string;
  noteInList: string;
  notes: string;
}
const ENGLISH: FootnoteWords = {
  note: 'Note {n}',
  noteInList: 'Note {n} in the list of notes',
  notes: 'Notes and sources',
};

const SECTION =
  /<section data-footnotes="true" class="footnotes">\s*<h2 class="sr-only" id="footnote-label">[^<]*<\/h2>([\s\S]*?)(<\/section>)/;

const attribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The list at the end folds into a <details> ("Notes and sources (30)"): one tab stop instead of a
 * hundred, the pop-ups carrying each note where it is cited. A link to a note (the pop-up's, a shared
 * URL, or a reference followed without scripts) opens the fold: browsers expand a closed <details>
 * around a fragment target, and src/client/footnotes.ts does it too. The section carries the pop-ups'
 * words as templates, so the script needs no dictionary of its own.
 */
export function footnoteList(html: string, words: FootnoteWords = ENGLISH): string {
  return html.replace(SECTION, (_m, list: string, close: string) => {
    const count = [...list.matchAll(/<li id="user-content-fn-/g)].length;
    return (
      `<section data-footnotes="true" class="footnotes" data-note-label="${attribute(words.note)}" ` +
      `data-note-link="${attribute(words.noteInList)}">` +
      `<details class="footnotes__fold" data-footnotes-fold><summary>` +
      `<h2 id="footnote-label">${words.notes}</h2> <span class="footnotes__count">(${count})</span>` +
      `</summary>${list}</details>${close}`
    );
  });
}
