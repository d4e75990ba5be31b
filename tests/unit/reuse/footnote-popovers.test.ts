import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { footnoteList } from '~/lib/reuse/footnote-popovers.ts';

// The markup Astro's Markdown renderer emits for two references to one note and one to another.
const REF = (fn: string, ref: string, n: number) =>
  `<sup><a href="#user-content-fn-${fn}" id="user-content-fnref-${ref}" data-footnote-ref="true" aria-describedby="footnote-label">${n}</a></sup>`;
const CHAPTER =
  `<p>One.${REF('nyt', 'nyt', 1)} Two.${REF('ap', 'ap', 2)} Again.${REF('nyt', 'nyt-2', 1)}</p>` +
  `<section data-footnotes="true" class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2>\n<ol>\n` +
  `<li id="user-content-fn-nyt">\n<p><cite class="src">NYT, <a href="https://nyt.com/x">“Title”</a>.</cite> <a href="#user-content-fnref-nyt" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref">↩</a> <a href="#user-content-fnref-nyt-2" data-footnote-backref="" aria-label="Back to reference 1-2" class="data-footnote-backref">↩<sup>2</sup></a></p>\n</li>\n` +
  `<li id="user-content-fn-ap">\n<p>AP.</p>\n<p>Second paragraph.</p>\n</li>\n</ol>\n</section>`;

describe('the list of notes', () => {
  const $ = load(footnoteList(CHAPTER));

  it('is the only copy of each note: references stay plain links to it, with no pop-up yet', () => {
    expect($('a[data-footnote-ref]')).toHaveLength(3);
    expect($('#user-content-fnref-ap').attr('href')).toBe('#user-content-fn-ap');
    // The script builds a pop-up and points its reference at it; until then nothing may point at none.
    expect($('[popover], .fn-pop, [aria-controls]')).toHaveLength(0);
    expect($.html().match(/Second paragraph/g)).toHaveLength(1);
  });

  it('carries the words of the pop-ups as templates for the note’s number', () => {
    const list = $('section[data-footnotes]');
    expect(list.attr('data-note-label')).toBe('Note {n}');
    expect(list.attr('data-note-link')).toBe('Note {n} in the list of notes');
  });

  it('carries another edition’s words, quoted safely as attributes', () => {
    const words = { note: 'Примечание {n}', noteInList: 'Примечание {n} в «списке» & "примечаний"', notes: 'Ш' };
    const list = load(footnoteList(CHAPTER, words))('section[data-footnotes]');
    expect(list.attr('data-note-label')).toBe('Примечание {n}');
    expect(list.attr('data-note-link')).toBe(words.noteInList);
  });

  it('folds into a <details> that names and counts the notes', () => {
    const fold = $('[data-footnotes] details[data-footnotes-fold]');
    expect(fold).toHaveLength(1);
    expect(fold.children('summary').text().replace(/\s+/g, ' ')).toBe('Notes and sources (2)');
    expect(fold.find('li[id^="user-content-fn-"]')).toHaveLength(2);
    expect($('#footnote-label').text()).toBe('Notes and sources');
  });
});
