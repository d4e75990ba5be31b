import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { sharePng } from '~/lib/reuse/share-graphic.ts';

export const getStaticPaths = (async () =>
  (await getCollection('chapters')).map((chapter) => ({
    params: { slug: chapter.data.slug },
    props: { chapter },
  }))) satisfies GetStaticPaths;

/**
 * The chapter's share image, 1200×630 PNG, drawn at build time (no external service) from its card
 * (share-cards.ts: a big number or quote, one sentence, a simplified chart). The text alternative is
 * og:image:alt / twitter:image:alt (ReuseMeta.astro).
 */
export const GET: APIRoute<{ chapter: CollectionEntry<'chapters'> }> = async ({ props }) => {
  const { title, dek, order, slug } = props.chapter.data;
  const png = await sharePng({ title, dek, order, slug });
  return new Response(png, { headers: { 'content-type': 'image/png' } });
};
