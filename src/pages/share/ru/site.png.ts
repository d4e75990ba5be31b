import type { APIRoute } from 'astro';
import { sharePng, siteWords } from '~/lib/reuse/share-graphic.ts';

/** The share image of the Russian pages that are not chapters: the edition's site title and description. */
export const GET: APIRoute = async () =>
  new Response(await sharePng(siteWords('ru'), 'ru'), {
    headers: { 'content-type': 'image/png' },
  });
