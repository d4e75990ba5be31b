import type { APIRoute } from 'astro';
import { SITE } from '~/lib/site.ts';
import { sharePng } from '~/lib/reuse/share-graphic.ts';

/** The share image of the pages that are not chapters (opening, About, Data, teachers): title and description. */
export const GET: APIRoute = async () =>
  new Response(await sharePng({ title: SITE.title, dek: SITE.description }), {
    headers: { 'content-type': 'image/png' },
  });
