/**
 * Per-chapter figures for the story, read from the built pages in dist/ (run `npm run build` first):
 * words of prose, footnotes, distinct sources cited, and the Flesch–Kincaid grade of the prose —
 * once for all of it and once for our own words only (quotations removed), since officials' quoted
 * sentences are not ours to simplify.
 *   node tools/readability.ts            table
 *   node tools/readability.ts --json     machine-readable
 */
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'cheerio';
import { textStats } from '../src/lib/story/readability.ts';

const slugs = readdirSync('content/chapters')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''));

const rows = slugs.map((slug) => {
  const $ = load(readFileSync(`dist/${slug}/index.html`, 'utf8'));
  const body = $('.chapter__body').first().clone();
  const footnotes = $('[data-footnotes] li[id^="user-content-fn-"]').length;
  const sources = new Set(
    $('[data-footnotes] [data-source-id]')
      .map((_, el) => $(el).attr('data-source-id'))
      .get(),
  );
  body
    .find(
      '[data-footnotes], figure, svg, sup, script, style, .scrolly-stage, .scrolly-step__alt, .scrolly-step__permalink, .sr-only',
    )
    .remove();
  const blocks = body.find('p, li, h2, h3').filter((_, el) => $(el).find('p, li').length === 0);
  const text = blocks
    .map((_, el) => $(el).text().trim())
    .get()
    .filter(Boolean)
    .map((t) => (/[.!?:]$/.test(t) ? t : `${t}.`));
  const own = blocks
    .map((_, el) => {
      const c = $(el).clone();
      c.find('q, blockquote').remove();
      return c.text().trim();
    })
    .get()
    .filter(Boolean)
    .map((t) => (/[.!?:]$/.test(t) ? t : `${t}.`));
  const dek = $('.chapter__dek').first().text().trim();
  const all = textStats([dek, ...text].join('\n'));
  const ours = textStats([dek, ...own].join('\n'));
  return { slug, words: all.words, footnotes, sources: sources.size, fkAll: all.grade, fkOwn: ours.grade };
});

if (process.argv.includes('--json')) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  const head = ['chapter', 'words', 'footnotes', 'sources', 'FK grade (all)', 'FK grade (own words)'];
  console.log(head.join('\t'));
  for (const r of rows) console.log([r.slug, r.words, r.footnotes, r.sources, r.fkAll, r.fkOwn].join('\t'));
}
