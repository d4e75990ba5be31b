import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { getContent } from '~/lib/content/content.ts';
import { CHART_FONT } from './share-charts.ts';
import { ALT_MAX, chapterCard, shareImageAlt, shareImageSvg, siteWords } from './share-graphic.ts';
import { CHART_BOX } from './share-svg.ts';
import { SHARE_WORDS } from './share-words.ts';

const CYRILLIC = /\p{Script=Cyrillic}/u;
const plain = (s: string) => s.replace(/\u00a0/g, ' ');
// The Russian chapters as the content has them: the translation's title and dek, the English order.
const chapters = getContent().ru.chapters.map((c) => ({
  slug: c.data.slug,
  title: c.data.title,
  dek: c.data.dek,
  order: c.english.data.order,
}));

/** Every text element of the SVG: its words (lines joined by a space), x, anchor and font size. */
function texts(svg: string) {
  const $ = load(svg, { xml: true });
  return $('text')
    .map((_, el) => {
      const lines = $(el).find('tspan');
      const words = lines.length
        ? lines
            .map((_i, l) => $(l).text())
            .get()
            .join(' ')
        : $(el).text();
      const longest = lines.length ? Math.max(...lines.map((_i, l) => $(l).text().length).get()) : words.length;
      return {
        words: plain(words),
        longest,
        x: Number($(el).attr('x')),
        anchor: $(el).attr('text-anchor'),
        size: Number($(el).attr('font-size')),
      };
    })
    .get();
}

it('finds the six Russian chapters', () => {
  expect(chapters).toHaveLength(6);
});

describe.each(chapters)('Russian share image of $slug', (chapter) => {
  const card = chapterCard(chapter.slug, 'ru');
  // Drawing the card fails when a text does not fit at its smallest size (fitText): this is the fit check.
  const svg = shareImageSvg(chapter, 'ru');
  const all = texts(svg);
  const words = all.map((t) => t.words).join(' ');

  it('is written in Russian: the sentence, the chart’s words and the text alternative', () => {
    expect(card?.sentence).toMatch(CYRILLIC);
    expect(card?.chartAlt).toMatch(CYRILLIC);
    expect(words).toContain(`Глава ${chapter.order}`);
    expect(words).toContain(siteWords('ru').title);
    for (const english of ['Chapter', 'statements', 'measures', 'died', 'June', 'calendar', 'enacted', 'press'])
      expect(words, english).not.toMatch(new RegExp(`\\b${english}\\b`, 'i'));
    const chartWords = all.filter((t) => t.x >= CHART_BOX.x && /\p{L}/u.test(t.words)).map((t) => t.words);
    expect(chartWords.join(' ')).toMatch(CYRILLIC);
  });

  it('writes its whole sentence, nothing cut, at 28 px or more', () => {
    expect(all.map((t) => t.words)).toContain(plain(card?.sentence ?? ''));
    expect(words).not.toContain('…');
    expect(Math.min(...all.map((t) => t.size))).toBeGreaterThanOrEqual(28);
  });

  it('keeps the chart’s labels inside the chart’s box, measured by the Cyrillic glyph width', () => {
    const labels = all.filter((t) => t.x >= CHART_BOX.x);
    expect(labels.length).toBeGreaterThan(0);
    const [left, right] = [CHART_BOX.x, CHART_BOX.x + CHART_BOX.width];
    for (const l of labels) {
      const width = l.longest * CHART_FONT * SHARE_WORDS.ru.em.regular;
      // A centred label (calendar, scale, day numbers) has half its width on each side of x.
      if (l.anchor === 'middle') expect(width / 2, l.words).toBeLessThanOrEqual(Math.min(l.x - left, right - l.x));
      else expect(l.x + width, l.words).toBeLessThanOrEqual(right);
    }
  });

  it('says in its Russian text alternative what it shows, within Twitter’s limit', () => {
    const alt = shareImageAlt(chapter.title, chapter.dek, card);
    expect(alt).toContain(card?.sentence);
    expect(alt).toContain(card?.chartAlt);
    expect(alt.length).toBeLessThanOrEqual(ALT_MAX);
  });

  it('differs from the English card', () => {
    expect(card?.sentence).not.toBe(chapterCard(chapter.slug)?.sentence);
    expect(card?.chart?.kind).toBe(chapterCard(chapter.slug)?.chart?.kind);
  });
});

it('counts in Russian: 17, 20 или 23; agreeing nouns; Russian dates', () => {
  expect(chapterCard('the-2019-toll', 'ru')?.big).toBe('17, 20 или 23');
  expect(chapterCard('the-report', 'ru')?.big).toBe('26\u00a0июня 2020\u00a0года');
  expect(chapterCard('who-said-what', 'ru')?.sentence).toMatch(
    /^заявлени[ея]й? с 26\u00a0июня 2020\u00a0года от пяти\u00a0групп /,
  );
  expect(SHARE_WORDS.ru.sanctions.outcome('partly-enacted', 3)).toBe('3\u00a0меры приняты частично');
  expect(SHARE_WORDS.ru.sanctions.outcome('enacted', 1)).toBe('1\u00a0мера принята');
  expect(SHARE_WORDS.ru.sanctions.outcome('not-enacted', 21)).toBe('21\u00a0мера не принята');
});

it('quotes the assessment as published and names its speaker in Russian', () => {
  const card = chapterCard('known-and-disputed', 'ru');
  expect(card?.big).toBe('«low to moderate confidence»');
  expect(card?.sentence).toMatch(/^Джен Псаки, пресс-секретарь Белого дома, 15\u00a0апреля 2021\u00a0года:/);
});

it('draws the Russian site image with the edition’s title and description', () => {
  const site = siteWords('ru');
  const words = texts(shareImageSvg(site, 'ru'))
    .map((t) => t.words)
    .join(' ');
  expect(words).toContain(site.title);
  expect(words).toContain(site.dek);
});
