import { escapeHtml } from './html.ts';

export interface SitemapEntry {
  url: string;
  lastmod?: Date;
}

/** sitemaps.org 0.9 XML for the given absolute URLs. */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map(
    (e) =>
      `  <url><loc>${escapeHtml(e.url)}</loc>${e.lastmod ? `<lastmod>${e.lastmod.toISOString().slice(0, 10)}</lastmod>` : ''}</url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/**
 * Site paths of the plain pages under src/pages, from the page files' names: dynamic routes, endpoints
 * and embeds are left out (chapters are added from the collection; embeds are noindex).
 */
export function staticPagePaths(files: readonly string[]): string[] {
  return files
    .map((f) => f.replace(/^.*\/src\/pages/, '').replace(/\.(astro|mdx?)$/, ''))
    .filter(
      (p) =>
        !p.includes('[') &&
        !p.startsWith('/embed') &&
        !/\/404$/.test(p) &&
        !p.split('/').some((s) => s.startsWith('_')),
    )
    .map((p) => (p.endsWith('/index') ? p.slice(0, -'index'.length) : `${p}/`).replace(/^\/?/, '/'))
    .sort();
}

export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
