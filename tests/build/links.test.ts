import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { afterPaintModules } from '../../src/lib/html/module-scripts.ts';
import { DIST, htmlPages } from './dist.ts';

const SITE = new URL('https://site.invalid/');
const pages = htmlPages();
const idsByPath = new Map(
  pages.map((p) => [
    p.path,
    new Set(
      p
        .$('[id], a[name]')
        .map((_, el) => p.$(el).attr('id') ?? p.$(el).attr('name'))
        .get(),
    ),
  ]),
);

/** The dist/ file a site path is served from, or undefined when there is none. */
function fileFor(pathname: string): string | undefined {
  const rel = decodeURIComponent(pathname).replace(/^\//, '');
  const candidates = pathname.endsWith('/') ? [join(DIST, rel, 'index.html')] : [join(DIST, rel)];
  return candidates.find((f) => existsSync(f));
}

describe.each(pages.map((p) => [p.path, p] as const))('links on %s', (path, { $ }) => {
  it('point to pages, files and fragments that exist', () => {
    const broken: string[] = [];
    $('a[href], link[href], script[src], img[src], source[src], iframe[src]').each((_, el) => {
      const raw = $(el).attr('href') ?? $(el).attr('src') ?? '';
      if (/^(mailto|tel|data|javascript):/.test(raw)) return;
      const url = new URL(raw, new URL(path, SITE));
      if (url.origin !== SITE.origin) return;
      const target = url.pathname === path || url.pathname === '' ? path : url.pathname;
      if (target !== path && !fileFor(target)) {
        broken.push(`${raw} (no file for ${target})`);
        return;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !idsByPath.get(target)?.has(fragment)) broken.push(`${raw} (no #${fragment} on ${target})`);
    });
    $('script[data-modules]').each((_, el) => {
      for (const src of afterPaintModules($(el).attr('data-modules')))
        if (!fileFor(new URL(src, new URL(path, SITE)).pathname)) broken.push(`${src} (a script loaded after paint)`);
    });
    expect(broken).toEqual([]);
  });

  it('load scripts, styles, fonts and images only from the site itself', () => {
    const offsite: string[] = [];
    $(
      'script[src], link[rel~="stylesheet"][href], link[rel~="preload"][href], link[rel~="icon"][href], img[src], source[srcset], iframe[src]',
    ).each((_, el) => {
      const raw = $(el).attr('src') ?? $(el).attr('href') ?? $(el).attr('srcset') ?? '';
      if (/^(https?:)?\/\//.test(raw)) offsite.push(raw);
    });
    $('style').each((_, el) => {
      for (const m of $(el)
        .text()
        .matchAll(/url\(\s*['"]?((?:https?:)?\/\/[^'")]+)/g))
        offsite.push(m[1]!);
    });
    expect(offsite).toEqual([]);
  });
});
