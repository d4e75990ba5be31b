import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { inEdition } from '~/lib/i18n/chapters.ts';
import { oembedResponse } from '~/lib/reuse/oembed-response.ts';
import { embeddableChapterPaths } from '~/lib/reuse/embed-paths.ts';

/** The Russian chapters' oEmbed: a Russian chapter's address embeds the Russian frame (WordPress, …). */
export const getStaticPaths = (async () => {
  const translations = new Map((await getCollection('chaptersRu')).map((r) => [r.id, r.data]));
  return (await embeddableChapterPaths())
    .filter((p) => translations.has(p.params.slug))
    .map((p) => ({ ...p, props: { chapter: inEdition(p.props.chapter, translations) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ chapter: CollectionEntry<'chapters'> }> = ({ props, site, url }) =>
  oembedResponse(props.chapter, site ?? url.origin, 'ru');
