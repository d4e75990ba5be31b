import type { APIRoute } from 'astro';
import { withBase } from '~/lib/site.ts';
import { robotsTxt } from '~/lib/reuse/sitemap.ts';

export const GET: APIRoute = ({ site, url }) =>
  new Response(robotsTxt(new URL(withBase('/sitemap.xml'), site ?? url.origin).href), {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
