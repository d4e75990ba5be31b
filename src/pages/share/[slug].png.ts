import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import sharp from 'sharp';
import { SITE } from '~/lib/site.ts';
import { SHARE_SIZE } from '~/lib/reuse/chapter-reuse.ts';
import { shareSvg } from '~/lib/reuse/share-svg.ts';

export const getStaticPaths = (async () =>
  (await getCollection('chapters')).map((chapter) => ({
    params: { slug: chapter.data.slug },
    props: { chapter },
  }))) satisfies GetStaticPaths;

/**
 * The chapter's share image, 1200×630 PNG, drawn at build time from its title and dek (no external
 * service). The text alternative is og:image:alt / twitter:image:alt (ReuseMeta.astro).
 */
export const GET: APIRoute<{ chapter: CollectionEntry<'chapters'> }> = async ({ props }) => {
  const { title, dek, order } = props.chapter.data;
  const svg = shareSvg({ title, dek, order, siteTitle: SITE.title, ...SHARE_SIZE });
  const png = await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
