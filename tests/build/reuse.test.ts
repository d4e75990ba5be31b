import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages } from './dist.ts';
import { oembedProblems } from '~/lib/reuse/oembed.ts';

const pages = htmlPages();
const page = (path: string) => pages.find((p) => p.path === path)!;
const chapterSlugs = readdirSync(join(DIST, 'embed'));
const chapterPaths = chapterSlugs.map((s) => `/${s}/`);

/** Width and height from a PNG's IHDR chunk (bytes 16–23). */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString()).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

it('builds an embed page for at least one chapter, and only for chapters', () => {
  expect(chapterSlugs.length).toBeGreaterThan(0);
  for (const p of chapterPaths) expect(existsSync(join(DIST, p, 'index.html')), `chapter page ${p}`).toBe(true);
});

describe.each(chapterSlugs)('chapter %s', (slug) => {
  const embed = page(`/embed/${slug}/`).$;
  const chapter = page(`/${slug}/`).$;

  it('embed: no site header or footer, noindex, canonical to the chapter', () => {
    expect(embed('.site-header, .site-footer, .skip-link, .chapter-toc')).toHaveLength(0);
    expect(embed('meta[name=robots]').attr('content')).toBe('noindex');
    expect(embed('link[rel=canonical]').attr('href')).toMatch(new RegExp(`^https?://[^/]+/${slug}/$`));
  });

  it('embed: a footer line with the title, the full story in a new tab and the licence', () => {
    const footer = embed('footer.embed__footer');
    expect(footer.text()).toContain(chapter('h1').first().text().replace(/#.*$/s, '').trim());
    const story = footer.find('a').filter((_, a) => embed(a).text().includes('full story'));
    expect(story.attr('href')).toBe(embed('link[rel=canonical]').attr('href'));
    expect(story.attr('target')).toBe('_blank');
    expect(story.text()).toContain('opens in a new tab');
    expect(footer.find('a[rel~=license]').text()).toBe('CC BY 4.0');
  });

  it('embed: every link that leaves the page opens in a new tab', () => {
    const stays = embed('main a[href]')
      .filter((_, a) => !(embed(a).attr('href') ?? '').startsWith('#') && embed(a).attr('target') !== '_blank')
      .map((_, a) => embed(a).attr('href'))
      .get();
    expect(stays).toEqual([]);
  });

  it('embed: unrolled steps, an inlined resize child and no sticky stage in use', () => {
    embed('section.scrolly').each((_, s) => expect(embed(s).attr('data-scrolly-view')).toBe('all'));
    const inline = embed('script:not([src]):not([type])').filter((_, s) => embed(s).text().includes('xPYMx'));
    expect(inline).toHaveLength(1);
  });

  it('chapter: citation_*, Open Graph, Twitter card, canonical and oEmbed discovery', () => {
    const meta = (sel: string) => chapter(sel).attr('content');
    expect(meta('meta[name=citation_title]')).toBe(chapter('meta[property="og:title"]').attr('content'));
    expect(meta('meta[name=citation_publication_date]')).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    expect(meta('meta[name=citation_author]')).toBeTruthy();
    expect(meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(meta('meta[property="og:image"]')).toMatch(new RegExp(`/share/${slug}\\.png$`));
    expect(meta('meta[property="og:image:alt"]')?.length).toBeGreaterThan(10);
    expect(meta('meta[name="twitter:image:alt"]')).toBe(meta('meta[property="og:image:alt"]'));
    // X falls back to og:title, og:description and og:image: the page does not repeat them.
    expect(
      chapter('meta[name="twitter:title"], meta[name="twitter:description"], meta[name="twitter:image"]'),
    ).toHaveLength(0);
    expect(chapter('link[rel=canonical]').attr('href')).toMatch(new RegExp(`/${slug}/$`));
    const oembedLink = chapter('link[rel=alternate][type="application/json+oembed"]');
    expect(oembedLink.attr('href')).toMatch(new RegExp(`/oembed/${slug}\\.json$`));
  });

  it('chapter: cite box with all four styles as visible text, and the embed box with its snippet', () => {
    const cite = chapter(`#cite-${slug}`);
    for (const style of ['apa', 'mla', 'chicago', 'bibtex']) {
      expect(cite.find(`#cite-${slug}-${style}`).text()).toContain(`/${slug}/`);
    }
    const code = chapter(`#embed-${slug}-code`).text();
    expect(code).toMatch(
      /^<iframe src="https?:\/\/[^"]+\/embed\/[a-z0-9-]+\/" title="[^"]+" width="100%" height="\d+" loading="lazy"/,
    );
    expect(code).toContain('/embed.js" async></script>');
  });

  it('oEmbed JSON validates and embeds this chapter', () => {
    const json = JSON.parse(readFileSync(join(DIST, 'oembed', `${slug}.json`), 'utf8'));
    expect(oembedProblems(json)).toEqual([]);
    expect(json.html).toContain(`/embed/${slug}/`);
  });

  it('share image is a 1200×630 PNG', () => {
    expect(pngSize(join(DIST, 'share', `${slug}.png`))).toEqual({ width: 1200, height: 630 });
  });
});

// The opening, About and Data pages are the lead's and content's: they get the card when Base.astro renders ReuseMeta.
it('chapters, embeds and the teachers page have a canonical URL and a Twitter card', () => {
  const mine = new Set([...chapterPaths, ...chapterSlugs.map((s) => `/embed/${s}/`), '/teachers/']);
  for (const { path, $ } of pages.filter((p) => mine.has(p.path))) {
    expect($('link[rel=canonical]'), path).toHaveLength(1);
    expect($('meta[name="twitter:card"]').attr('content'), path).toMatch(/^summary/);
  }
});

it('the sitemap lists every indexable page, each of which exists, and robots.txt points to it', () => {
  const xml = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  for (const loc of locs) expect(existsSync(join(DIST, loc, 'index.html')), loc).toBe(true);
  const indexable = pages.filter(
    (p) => !p.$('meta[name=robots]').attr('content')?.includes('noindex') && p.path !== '/404/',
  );
  expect(locs.sort()).toEqual(indexable.map((p) => p.path).sort());
  expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap\.xml$/m);
});

it('/embed.js is a small classic script (no module syntax) that checks the message source', () => {
  const js = readFileSync(join(DIST, 'embed.js'), 'utf8');
  expect(js).not.toMatch(/\bimport\b|\bexport\b/);
  expect(js).toContain('.contentWindow===');
});
