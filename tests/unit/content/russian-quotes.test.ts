import { describe, expect, it } from 'vitest';
import { getContent } from '~/lib/content/content.ts';
import { skeleton } from '~/lib/content/check-translation.ts';
import { researchNotes } from '../../research.ts';

/** Quotes compare as readers see them: one space, no no-break spaces, ё kept (it is a different letter). */
const norm = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').trim();

/**
 * The Russian edition quotes a speaker in Russian (<q>, not <Tr>) only in words the research holds
 * verbatim: in one piece of one research note, or a Russian quote of statements.yaml.
 */
describe('Russian originals quoted in the Russian edition', () => {
  const content = getContent();
  const notes = researchNotes().map(norm);
  const statementQuotes = content.statements
    .flatMap((s) => s.quotes.flatMap((q) => [q.lang === 'ru' ? q.text : '', q.original ?? '']))
    .filter(Boolean)
    .map(norm);
  const docs = [...content.ru.chapters, ...content.ru.pages];
  const originals = docs.flatMap((d) => skeleton(d).originals.map((q) => [d.rel, norm(q)] as const));

  it('finds the Russian originals the translators used (the check below is not vacuous)', () => {
    expect(originals.length).toBeGreaterThanOrEqual(4);
  });

  it.each(originals)('%s: «%s» is in the research, in one piece', (_file, quote) => {
    expect(/[а-яё]/i.test(quote), 'a <q> in the Russian edition is in Russian; translations use <Tr>').toBe(true);
    expect(notes.some((n) => n.includes(quote)) || statementQuotes.some((q) => q.includes(quote))).toBe(true);
  });
});
