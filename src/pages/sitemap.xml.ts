import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { withBase } from '~/lib/site.ts';
import { sitemapXml, staticPagePaths } from '~/lib/reuse/sitemap.ts';

// Plain pages are found from their files, so a new page is listed without touching this endpoint.
const pageFiles = Object.keys(import.meta.glob('/src/pages/**/*.{astro,md,mdx}'));

export const GET: APIRoute = async ({ site, url }) => {
  const origin = site ?? url.origin;
  const abs = (path: string) => new URL(withBase(path), origin).href;
  const chapters = (await getCollection('chapters')).sort((a, b) => a.data.order - b.data.order);
  const russian = new Set((await getCollection('chaptersRu')).map((r) => r.id));
  const entries = [
    ...staticPagePaths(pageFiles).map((p) => ({ url: abs(p) })),
    ...chapters.map((c) => ({ url: abs(`/${c.data.slug}/`), lastmod: c.data.updated })),
    ...chapters
      .filter((c) => russian.has(c.data.slug))
      .map((c) => ({ url: abs(`/ru/${c.data.slug}/`), lastmod: c.data.updated })),
  ];
  return new Response(sitemapXml(entries), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
