import { expect, it } from 'vitest';
import { CHAPTER_ROUTE, normalise, prosePages, quoteCorpus } from './editorial.ts';

const corpus = quoteCorpus();

/** A quote may skip words with "…"; each piece must then be verbatim. */
function pieces(q: string): string[] {
  return normalise(q)
    .split(/\s*(?:…|\.\.\.)\s*/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

it('quotes every <q> verbatim from statements.yaml or the research files', () => {
  const misquoted: string[] = [];
  let count = 0;
  for (const { path, $, root } of prosePages()) {
    root.find('q').each((_, el) => {
      if ($(el).parents('q').length) return; // nested quotes are checked as part of the outer one
      count++;
      const text = $(el).text();
      for (const piece of pieces(text)) if (!corpus.includes(piece)) misquoted.push(`${path}: «${piece}»`);
    });
  }
  expect(misquoted).toEqual([]);
  // The opening and About quote a few people; with the chapters there are dozens of quotes.
  expect(count, 'no <q> found means the check is not running').toBeGreaterThan(CHAPTER_ROUTE ? 20 : 5);
});

it('rejects a quote that is not in the sources (self-check)', () => {
  expect(corpus.includes(normalise('Russia paid bounties to kill American troops, the Kremlin admitted.'))).toBe(false);
});
