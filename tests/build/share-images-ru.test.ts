import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DIST, htmlPages } from './dist.ts';

// The Russian edition's pages, read from the build: chapters (with citation_* tags) and the others.
const pages = htmlPages().filter((p) => p.path.startsWith('/ru/'));
const chapters = pages
  .filter((p) => p.$('meta[name=citation_title]').length && !p.path.startsWith('/ru/embed/'))
  .map((p) => ({ path: p.path, slug: p.path.split('/').filter(Boolean).pop() ?? '', $: p.$ }));
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** The file of the page's og:image (X's card reads it too). */
function imageOf($: (typeof pages)[number]['$']): string {
  const url = $('meta[property="og:image"]').attr('content') ?? '';
  return join(DIST, new URL(url).pathname);
}

/** An image as a 120×63 grey thumbnail, about what a feed shows at a glance. */
const thumb = (file: string) => sharp(readFileSync(file)).resize(120, 63).greyscale().raw().toBuffer();

/** Share of a thumbnail's pixels that change clearly between two images. */
function difference(a: Buffer, b: Buffer): number {
  let differ = 0;
  for (let k = 0; k < a.length; k++) if (Math.abs((a[k] ?? 0) - (b[k] ?? 0)) > 40) differ++;
  return differ / a.length;
}

it('finds the Russian chapters', () => {
  expect(chapters.length).toBeGreaterThanOrEqual(6);
});

describe.each(chapters)('Russian share image of $path', ({ path, slug, $ }) => {
  it('is its own /share/ru/<slug>.png, a 1200×630 PNG', async () => {
    const file = imageOf($);
    expect(file).toBe(join(DIST, 'share', 'ru', `${slug}.png`));
    expect(existsSync(file), file).toBe(true);
    expect(await sharp(readFileSync(file)).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
  });

  it('differs from the English chapter’s image', async () => {
    const english = join(DIST, 'share', `${slug}.png`);
    expect(existsSync(english), english).toBe(true);
    const [ru, en] = await Promise.all([thumb(imageOf($)), thumb(english)]);
    expect(difference(ru, en)).toBeGreaterThan(0.01);
  });

  it('has a Russian text alternative, the same on both cards, and its embed shares the same image', () => {
    const alt = $('meta[property="og:image:alt"]').attr('content') ?? '';
    expect(alt).toMatch(CYRILLIC);
    expect($('meta[name="twitter:image:alt"]').attr('content')).toBe(alt);
    const embed = pages.find((p) => p.path === `/ru/embed/${slug}/`);
    expect(embed, `/ru/embed/${slug}/`).toBeDefined();
    if (!embed) return;
    expect(imageOf(embed.$)).toBe(imageOf($));
    expect(embed.$('meta[property="og:image:alt"]').attr('content')).toBe(alt);
  });

  it('is not the English chapter page’s image or text alternative', () => {
    const english = htmlPages().find((p) => p.path === path.replace(/^\/ru/, ''));
    expect(english, path.replace(/^\/ru/, '')).toBeDefined();
    expect(english?.$('meta[property="og:image"]').attr('content')).toMatch(new RegExp(`/share/${slug}\\.png$`));
    expect(english?.$('meta[property="og:image:alt"]').attr('content')).not.toMatch(CYRILLIC);
  });
});

it('the Russian pages that are not chapters share the Russian site image, a 1200×630 PNG', async () => {
  const others = pages.filter((p) => !p.$('meta[name=citation_title]').length);
  expect(others.length).toBeGreaterThanOrEqual(4);
  for (const p of others) {
    expect(imageOf(p.$), p.path).toBe(join(DIST, 'share', 'ru', 'site.png'));
    expect(p.$('meta[property="og:image:alt"]').attr('content'), p.path).toMatch(CYRILLIC);
  }
  const file = join(DIST, 'share', 'ru', 'site.png');
  expect(await sharp(readFileSync(file)).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
  expect(difference(await thumb(file), await thumb(join(DIST, 'share', 'site.png')))).toBeGreaterThan(0.01);
});

it('all seven Russian images look different from each other, in a thumbnail too', async () => {
  const files = [...chapters.map((c) => `${c.slug}.png`), 'site.png'];
  expect(files).toHaveLength(7);
  const thumbs = await Promise.all(files.map((f) => thumb(join(DIST, 'share', 'ru', f))));
  for (let i = 0; i < thumbs.length; i++) {
    for (let j = i + 1; j < thumbs.length; j++) {
      // Over 5 % of the thumbnail's pixels change clearly between any two images.
      expect(difference(thumbs[i]!, thumbs[j]!), `${files[i]} vs ${files[j]}`).toBeGreaterThan(0.05);
    }
  }
});
