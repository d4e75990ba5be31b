import { describe, expect, it } from 'vitest';
import { oembed, oembedProblems } from '~/lib/reuse/oembed.ts';
import { robotsTxt, sitemapXml, staticPagePaths } from '~/lib/reuse/sitemap.ts';
import { fitText, shareSvg } from '~/lib/reuse/share-svg.ts';
import { isEmbeddable, teachingOf } from '~/lib/reuse/teaching.ts';

describe('oEmbed', () => {
  const valid = oembed({
    title: 'T',
    provider: 'P',
    providerUrl: 'https://x.org/',
    html: '<iframe src="https://x.org/embed/a/" title="T"></iframe>',
    width: 640,
    height: 1200,
    thumbnail: { url: 'https://x.org/share/a.png', width: 1200, height: 630 },
  });

  it('builds a valid rich response', () => {
    expect(valid).toMatchObject({ version: '1.0', type: 'rich', width: 640, height: 1200 });
    expect(oembedProblems(valid)).toEqual([]);
  });

  it('names what a consumer would reject', () => {
    expect(oembedProblems({ ...valid, type: 'link', width: '100%', html: '<div></div>' })).toEqual([
      'type must be "rich"',
      'width must be a positive integer',
      'html must start with a titled iframe',
    ]);
  });
});

describe('sitemap and robots', () => {
  it('lists plain pages from their files, leaving out routes, endpoints, embeds and 404', () => {
    expect(
      staticPagePaths([
        '/src/pages/index.astro',
        '/src/pages/teachers.astro',
        '/src/pages/about/index.astro',
        '/src/pages/[slug].astro',
        '/src/pages/embed/[slug].astro',
        '/src/pages/404.astro',
      ]),
    ).toEqual(['/', '/about/', '/teachers/']);
  });

  it('writes sitemaps.org XML with escaped locations and day-precision lastmod', () => {
    const xml = sitemapXml([{ url: 'https://x.org/a&b/', lastmod: new Date('2026-11-26T00:00:00Z') }]);
    expect(xml).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain('<url><loc>https://x.org/a&#38;b/</loc><lastmod>2026-11-26</lastmod></url>');
    expect(robotsTxt('https://x.org/sitemap.xml')).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://x.org/sitemap.xml\n',
    );
  });
});

describe('share image frame', () => {
  const palette = { bg: '#fff', text: '#111', muted: '#555', rule: '#888', link: '#00f' };

  it('is a 1200×630 SVG with the escaped title and the whole description, 28 px or more', () => {
    const dek = 'A description long enough to take two lines of the image, kept whole however long it runs.';
    const svg = shareSvg({ title: 'Who said <what>', dek, siteTitle: 'Site', order: 3, palette });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain('Who said &#60;what&#62;');
    expect(svg).toContain('Chapter 3');
    expect([...svg.matchAll(/<tspan[^>]*>([^<]*)</g)].map((m) => m[1]).join(' ')).toContain(dek);
    const sizes = [...svg.matchAll(/font-size="(\d+)"/g)].map((m) => Number(m[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(28);
  });

  it('fits text by shrinking it, never by cutting it, and fails the build when even that cannot', () => {
    const fit = fitText('one two three four', 200, [40, 28], () => 2, 0.6);
    expect(fit.lines.join(' ')).toBe('one two three four');
    expect(() => fitText('a sentence far too long for a tiny box', 100, [40, 28], () => 1, 0.6)).toThrow(
      /does not fit in 100 px at 28 px/,
    );
  });
});

describe('chapter frontmatter read defensively', () => {
  it('teaching boxes: strings only, null when empty', () => {
    expect(teachingOf({ teaching: { known: ['a', 3], disputed: [], questions: ['q?'] } })).toEqual({
      known: ['a'],
      disputed: [],
      questions: ['q?'],
    });
    expect(teachingOf({ teaching: { known: [] } })).toBeNull();
    expect(teachingOf({})).toBeNull();
  });

  it('chapters are embeddable unless they opt out', () => {
    expect(isEmbeddable({})).toBe(true);
    expect(isEmbeddable({ embeddable: false })).toBe(false);
  });
});
