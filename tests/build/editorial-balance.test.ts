import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CHAPTER_SLUGS, normalise, prosePages } from './editorial.ts';

interface Item {
  item: string;
  footnote: string;
  text: string;
}
type Balance = Record<string, { supported: Item[]; doubted: Item[] }>;

const balance = parse(readFileSync('content/balance.yaml', 'utf8')) as Balance;
const pages = new Map(prosePages().map((p) => [p.path, p]));

describe('content/balance.yaml: each chapter carries the strongest evidence on both sides', () => {
  it('lists every chapter, each with evidence on both sides', () => {
    expect(Object.keys(balance).sort()).toEqual([...CHAPTER_SLUGS].sort());
    for (const [slug, sides] of Object.entries(balance)) {
      expect(sides.supported.length, `${slug}: supported`).toBeGreaterThan(0);
      expect(sides.doubted.length, `${slug}: doubted`).toBeGreaterThan(0);
    }
  });

  it.each(CHAPTER_SLUGS)('%s shows a reader every listed item, cited with its footnote', (slug) => {
    const page = pages.get(`/${slug}/`);
    expect(page, `/${slug}/ was not built`).toBeDefined();
    const { $, root } = page!;
    // Prose only: the footnote list itself and the teaching box do not count as the chapter carrying it.
    const prose = root.clone();
    prose.find('[data-footnotes], .footnotes, .teaching-box').remove();
    const text = normalise(prose.text());
    const cited = new Set(
      prose
        .find('a[href*="#user-content-fn-"]')
        .map((_, a) => ($(a).attr('href') ?? '').replace(/^.*#user-content-fn-/, ''))
        .get(),
    );
    const missing = [...balance[slug]!.supported, ...balance[slug]!.doubted].flatMap((i) => [
      ...(text.includes(normalise(i.text)) ? [] : [`text not on the page: «${i.text}»`]),
      ...(cited.has(i.footnote) ? [] : [`footnote [^${i.footnote}] not cited in the prose (${i.item})`]),
    ]);
    expect(missing).toEqual([]);
  });
});
