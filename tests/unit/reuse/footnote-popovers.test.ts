import { describe, expect, it } from 'vitest';
import { load } from 'cheerio';
import { addFootnotePopovers, foldFootnotes, footnoteBodies } from '~/lib/reuse/footnote-popovers.ts';

// The markup Astro's Markdown renderer emits for two references to one note and one to another.
const REF = (fn: string, ref: string, n: number) =>
  `<sup><a href="#user-content-fn-${fn}" id="user-content-fnref-${ref}" data-footnote-ref="true" aria-describedby="footnote-label">${n}</a></sup>`;
const CHAPTER =
  `<p>One.${REF('nyt', 'nyt', 1)} Two.${REF('ap', 'ap', 2)} Again.${REF('nyt', 'nyt-2', 1)}</p>` +
  `<section data-footnotes="true" class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2>\n<ol>\n` +
  `<li id="user-content-fn-nyt">\n<p><cite class="src">NYT, <a href="https://nyt.com/x">“Title”</a>.</cite> <a href="#user-content-fnref-nyt" data-footnote-backref="" aria-label="Back to reference 1" class="data-footnote-backref">↩</a> <a href="#user-content-fnref-nyt-2" data-footnote-backref="" aria-label="Back to reference 1-2" class="data-footnote-backref">↩<sup>2</sup></a></p>\n</li>\n` +
  `<li id="user-content-fn-ap">\n<p>AP.</p>\n<p>Second paragraph.</p>\n</li>\n</ol>\n</section>`;

describe('footnote pop-ups', () => {
  const $ = load(foldFootnotes(addFootnotePopovers(CHAPTER)));

  it('follow every reference with a closed popover holding its note, without the back-links', () => {
    const refs = $('a[data-footnote-ref]');
    expect(refs).toHaveLength(3);
    refs.each((_, a) => {
      const pop = $(`#${$(a).attr('aria-controls')}`);
      expect(pop.attr('popover')).toBe('');
      expect(pop.find('.fn-pop__label').text()).toBe(`Note ${$(a).text()}`);
      expect(pop.find('[data-footnote-backref]')).toHaveLength(0);
    });
    expect($('#fn-pop-nyt-2 cite a').attr('href')).toBe('https://nyt.com/x');
    expect($('#fn-pop-ap .fn-pop__p')).toHaveLength(2);
  });

  it('keep each reference a plain link to its endnote, and link on from the pop-up to it', () => {
    expect($('#user-content-fnref-ap').attr('href')).toBe('#user-content-fn-ap');
    expect($('#fn-pop-ap a.fn-pop__more').attr('href')).toBe('#user-content-fn-ap');
    expect($('#fn-pop-ap a.fn-pop__more').text()).toBe('Note 2 in the list of notes');
  });

  it('put no id of their own inside a pop-up but its own (no duplicate ids on the page)', () => {
    const ids = $('[id]')
      .map((_, el) => $(el).attr('id'))
      .get();
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('are added once, however often the transform runs', () => {
    const once = addFootnotePopovers(CHAPTER);
    expect(addFootnotePopovers(once)).toBe(once);
  });

  it('fold the list of notes into a <details> that names and counts them', () => {
    const fold = $('[data-footnotes] details[data-footnotes-fold]');
    expect(fold).toHaveLength(1);
    expect(fold.children('summary').text().replace(/\s+/g, ' ')).toBe('Notes and sources (2)');
    expect(fold.find('li[id^="user-content-fn-"]')).toHaveLength(2);
    expect($('#footnote-label').text()).toBe('Notes and sources');
  });

  it('read each note without its back-links', () => {
    expect(footnoteBodies(CHAPTER).get('nyt')).not.toContain('↩');
  });
});
