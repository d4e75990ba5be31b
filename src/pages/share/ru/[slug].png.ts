import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { sharePng } from '~/lib/reuse/share-graphic.ts';

export const getStaticPaths = (async () => {
  const russian = await getCollection('chaptersRu');
  return (await getCollection('chapters')).flatMap((chapter) => {
    const ru = russian.find((r) => r.id === chapter.data.slug);
    return ru ? [{ params: { slug: chapter.data.slug }, props: { chapter, ru } }] : [];
  });
}) satisfies GetStaticPaths;

/**
 * The Russian chapter's share image, 1200×630 PNG, drawn like the English one (share-cards.ts) with the
 * Russian edition's title and dek and the Russian words of share-words.ts. Its text alternative is
 * og:image:alt / twitter:image:alt of the /ru/ pages (ReuseMeta.astro).
 */
export const GET: APIRoute<{ chapter: CollectionEntry<'chapters'>; ru: CollectionEntry<'chaptersRu'> }> = async ({
  props,
}) => {
  const { order, slug } = props.chapter.data;
  const { title, dek } = props.ru.data;
  const png = await sharePng({ title, dek, order, slug }, 'ru');
  return new Response(png, { headers: { 'content-type': 'image/png' } });
};
