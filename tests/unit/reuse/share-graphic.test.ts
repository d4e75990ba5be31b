import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { shareCard } from '~/lib/reuse/share-cards.ts';
import { ALT_MAX, chapterCard, shareFacts, shareImageAlt, shareImageSvg } from '~/lib/reuse/share-graphic.ts';
import { lightTokens } from '~/lib/reuse/share-style.ts';

const light = lightTokens(readFileSync('src/styles/tokens.css', 'utf8'));
// The chapters as the content has them: slug, order and title from each MDX file's frontmatter.
const chapters = readdirSync('content/chapters')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const fm = readFileSync(`content/chapters/${f}`, 'utf8');
    const field = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(fm)?.[1]?.trim() ?? '';
    return { slug: field('slug'), order: Number(field('order')), title: field('title'), dek: field('dek') };
  });

/** The words a reader sees in the image, in order, and every font size used. */
function read(svg: string) {
  const $ = load(svg, { xml: true });
  // Lines are tspans of one text element: a reader sees a space between them.
  const texts = $('text')
    .map((_, el) => {
      const lines = $(el).find('tspan');
      if (!lines.length) return $(el).text();
      return lines
        .map((_i, l) => $(l).text())
        .get()
        .join(' ');
    })
    .get();
  const sizes = $('[font-size]')
    .map((_, el) => Number($(el).attr('font-size')))
    .get();
  return { words: texts.join(' '), texts, sizes };
}

describe.each(chapters)('share image of $slug', (chapter) => {
  const card = chapterCard(chapter.slug);
  const svg = shareImageSvg(chapter);
  const { words, texts, sizes } = read(svg);

  it('has a card: a big number, date or quote, one whole sentence and a simplified chart', () => {
    expect(card?.big).toBeTruthy();
    expect(card?.chart).toBeTruthy();
    expect(texts).toContain(card?.sentence);
    expect(words).not.toContain('…');
  });

  it('writes everything at 28 px or more, in the page’s light colours', () => {
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(28);
    expect(svg).toContain(light.get('--bg'));
    expect(svg).not.toContain('var(');
  });

  it('says in its text alternative what it shows, within Twitter’s limit', () => {
    const alt = shareImageAlt(chapter.title, chapter.dek, card);
    expect(alt).toContain(card?.sentence);
    expect(alt).toContain(card?.chartAlt);
    expect(alt.length).toBeLessThanOrEqual(ALT_MAX);
  });
});

it('gives every chapter a different kind of chart', () => {
  const kinds = chapters.map((c) => chapterCard(c.slug)?.chart?.kind);
  expect(kinds).toHaveLength(6);
  expect(new Set(kinds).size).toBe(kinds.length);
});

it('counts its numbers from the content: 17, 20 or 23; statements; measures', () => {
  const facts = shareFacts();
  expect(chapterCard('the-2019-toll')?.big).toBe('17, 20 or 23');
  expect(chapterCard('who-said-what')?.big).toBe(String(facts.statements.length));
  expect(chapterCard('the-sanctions-proposal')?.big).toBe(String(facts.outcomes.length));
  const fewer = { ...facts, deaths: facts.deaths.slice(1), outcomes: facts.outcomes.slice(1) };
  expect(shareCard('the-2019-toll', fewer)?.big).toMatch(/ or 22$/);
  expect(shareCard('the-sanctions-proposal', fewer)?.big).toBe(String(facts.outcomes.length - 1));
  expect(() => shareCard('known-and-disputed', { ...facts, statements: [] })).toThrow(/2021-04-15-white-house-psaki/);
});

it('the site’s own image has its title and whole description, no chart', () => {
  const dek = 'A footnoted, step-by-step explainer of the June 2020 reports and the statements that followed.';
  const svg = shareImageSvg({ title: 'The bounty report, June 2020', dek });
  const { words, sizes } = read(svg);
  expect(words.replace(/\s+/g, ' ')).toContain(dek);
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(28);
  expect(svg).not.toMatch(/<circle|<rect x="\d+(\.\d)?" y="1[3-9]\d/);
  expect(shareImageAlt('A title', 'A dek')).toBe('A title: A dek');
});
