import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { oembedResponse } from '~/lib/reuse/oembed-response.ts';
import { embeddableChapterPaths } from '~/lib/reuse/embed-paths.ts';

export const getStaticPaths = embeddableChapterPaths satisfies GetStaticPaths;

/** A static oEmbed response per chapter; chapter pages point to it with <link type="application/json+oembed">. */
export const GET: APIRoute<{ chapter: CollectionEntry<'chapters'> }> = ({ props, site, url }) =>
  oembedResponse(props.chapter, site ?? url.origin);
