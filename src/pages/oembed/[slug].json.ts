import type { APIRoute, GetStaticPaths } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { SITE, withBase } from '~/lib/site.ts';
import { chapterReuse, SHARE_SIZE } from '~/lib/reuse/chapter-reuse.ts';
import { INITIAL_HEIGHT } from '~/lib/reuse/embed-snippet.ts';
import { oembed } from '~/lib/reuse/oembed.ts';
import { embeddableChapterPaths } from '~/lib/reuse/embed-paths.ts';

export const getStaticPaths = embeddableChapterPaths satisfies GetStaticPaths;

/** A static oEmbed response per chapter; chapter pages point to it with <link type="application/json+oembed">. */
export const GET: APIRoute<{ chapter: CollectionEntry<'chapters'> }> = ({ props, site, url }) => {
  const origin = site ?? url.origin;
  const reuse = chapterReuse(props.chapter, origin);
  const body = oembed({
    title: reuse.title,
    provider: SITE.publisher,
    providerUrl: new URL(withBase('/'), origin).href,
    html: reuse.snippet,
    // oEmbed widths are pixels; the snippet itself is 100% wide, this is the width it was designed for.
    width: 640,
    height: INITIAL_HEIGHT,
    thumbnail: { url: reuse.shareImageUrl, ...SHARE_SIZE },
  });
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
