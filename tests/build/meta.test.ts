import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages } from './dist.ts';

const pages = htmlPages();
/** A chapter or its embed, in either edition (the Russian ones live under /ru/). */
const isChapter = (path: string) => {
  const bare = path.replace(/^\/ru\//, '/');
  return pages.some((p) => p.path === `/embed${bare}`) || bare.startsWith('/embed/');
};

// Tags a crawler reads once: a second copy (a layout and a page both writing them) is a defect.
const ONCE = [
  'link[rel=canonical]',
  'meta[property="og:title"]',
  'meta[property="og:description"]',
  'meta[property="og:url"]',
  'meta[property="og:image"]',
  'meta[property="og:image:alt"]',
  'meta[name="twitter:card"]',
  'meta[name="twitter:image:alt"]',
];
// X reads og:title, og:description and og:image where its own tags are absent (developer.x.com/cards/markup).
const FROM_OPEN_GRAPH = [
  'meta[name="twitter:title"]',
  'meta[name="twitter:description"]',
  'meta[name="twitter:image"]',
];
const CHAPTER_ONCE = [
  'meta[name=citation_title]',
  'meta[name=citation_publication_date]',
  'meta[name=citation_online_date]',
  'link[rel=alternate][type="application/json+oembed"]',
];

it('checks every page', () => {
  expect(pages.length).toBeGreaterThanOrEqual(16);
});

describe.each(pages.map((p) => [p.path, p] as const))('%s', (path, { $ }) => {
  it('has canonical, Open Graph and Twitter card tags exactly once, in the head, X’s not repeating Open Graph’s', () => {
    for (const sel of ONCE) expect($(`head ${sel}`).length, sel).toBe(1);
    for (const sel of ONCE) expect($(sel).length, `${sel} outside head`).toBe(1);
    for (const sel of FROM_OPEN_GRAPH) expect($(sel).length, `${sel} repeats Open Graph`).toBe(0);
    expect($('meta[name="twitter:card"]').attr('content')).toBe('summary_large_image');
  });

  it('points its share image at a built PNG, with the same text alternative for both cards', () => {
    const image = $('meta[property="og:image"]').attr('content') ?? '';
    expect(existsSync(join(DIST, new URL(image).pathname)), image).toBe(true);
    const alt = $('meta[property="og:image:alt"]').attr('content') ?? '';
    expect(alt.length).toBeGreaterThan(20);
    expect($('meta[name="twitter:image:alt"]').attr('content')).toBe(alt);
  });

  it(
    isChapter(path)
      ? 'as a chapter: citation_* and oEmbed once, and its own share image'
      : 'as another page: no citation_* tags, the site image',
    () => {
      const image = $('meta[property="og:image"]').attr('content');
      if (!isChapter(path)) {
        expect($('meta[name^=citation_]')).toHaveLength(0);
        // The Russian pages share the Russian edition's site image.
        expect(image).toMatch(path.startsWith('/ru/') ? /\/share\/ru\/site\.png$/ : /\/share\/site\.png$/);
        return;
      }
      for (const sel of CHAPTER_ONCE) expect($(`head ${sel}`).length, sel).toBe(1);
      expect($('meta[name=citation_publication_date]').attr('content')).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
      expect($('meta[name=citation_online_date]').attr('content')).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
      const slug = path.split('/').filter(Boolean).pop();
      // A Russian chapter (or its Russian embed) shares its Russian image.
      const share = path.startsWith('/ru/') ? `/share/ru/${slug}` : `/share/${slug}`;
      expect(image).toMatch(new RegExp(`${share}\\.png$`));
    },
  );
});
