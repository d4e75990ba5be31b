import { expect, it } from 'vitest';
import { CHAPTER_ROUTE, prosePages, quotePassages } from './editorial.ts';
import { inOnePassage } from '../quote-passages.ts';

const corpus = { passages: quotePassages() };

it('quotes every <q> as one contiguous passage of one source text (statements.yaml or a research note)', () => {
  const misquoted: string[] = [];
  let count = 0;
  for (const { path, $, root } of prosePages()) {
    root.find('q').each((_, el) => {
      if ($(el).parents('q').length) return; // nested quotes are checked as part of the outer one
      count++;
      const text = $(el).text();
      if (!inOnePassage(text, corpus)) misquoted.push(`${path}: «${text}»`);
    });
  }
  expect(misquoted).toEqual([]);
  // The opening and About quote a few people; with the chapters there are dozens of quotes.
  expect(count, 'no <q> found means the check is not running').toBeGreaterThan(CHAPTER_ROUTE ? 20 : 5);
});

it('rejects a quote that is not in the sources (self-check)', () => {
  expect(inOnePassage('Russia paid bounties to kill American troops, the Kremlin admitted.', corpus)).toBe(false);
});
