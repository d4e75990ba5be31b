import { describe, expect, it } from 'vitest';
import { CHAPTER_ROUTE, CHAPTER_SLUGS, CITATION, citedId, isExempt, prosePages, sourceIds } from './editorial.ts';

const pages = prosePages();
const known = sourceIds();

it('builds the opening and About', () => {
  expect(pages.map((p) => p.path)).toEqual(expect.arrayContaining(['/', '/about/']));
});

it.skipIf(!CHAPTER_ROUTE)('builds every chapter (needs the chapter route, src/pages/[slug].astro)', () => {
  expect(pages.map((p) => p.path).sort()).toEqual(['/', '/about/', ...CHAPTER_SLUGS.map((s) => `/${s}/`)].sort());
});

describe.each(pages.map((p) => [p.path, p] as const))('%s', (_path, { $, root }) => {
  it('gives every factual paragraph and list item at least one footnote', () => {
    const bare: string[] = [];
    root.find('p, li').each((_, el) => {
      if (isExempt($, el)) return;
      const block = $(el);
      if (block.find('p, li').length) return; // a wrapper; its inner blocks are checked themselves
      const text = block.text().replace(/\s+/g, ' ').trim();
      if (!text) return;
      const unit = block.closest('blockquote').length ? block.closest('blockquote') : block;
      if (unit.find('a[data-footnote-ref]').length === 0) bare.push(text.slice(0, 90));
    });
    expect(bare, 'factual text without a footnote (add [^label], or wrap reader guidance in .reader-note)').toEqual([]);
  });

  it('cites at least one known source in every footnote', () => {
    const notes = $('[data-footnotes] li[id^="user-content-fn-"]');
    notes.each((_, el) => {
      const id = $(el).attr('id');
      const cited = $(el)
        .find(CITATION)
        .map((_, s) => citedId($, s))
        .get();
      expect(cited.length, `#${id} cites no <Src id>`).toBeGreaterThan(0);
      for (const c of cited) expect(known.has(c), `#${id} cites unknown source "${c}"`).toBe(true);
    });
  });

  it('cites only sources that exist, anywhere on the page', () => {
    $(CITATION).each((_, el) => {
      const c = citedId($, el);
      expect(known.has(c), `unknown source "${c}"`).toBe(true);
    });
  });
});

it.skipIf(!CHAPTER_ROUTE)('finds footnotes on every chapter page (the check above is not vacuous)', () => {
  for (const p of pages.filter((x) => x.path !== '/' && x.path !== '/about/')) {
    expect(p.$('[data-footnotes] li').length, p.path).toBeGreaterThan(5);
  }
});
