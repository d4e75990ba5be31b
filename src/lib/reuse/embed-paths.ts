import { getCollection } from 'astro:content';
import { isEmbeddable } from './teaching.ts';

/** One route per embeddable chapter: the embed page and its oEmbed JSON are built for the same set. */
export async function embeddableChapterPaths() {
  const chapters = await getCollection('chapters');
  return chapters
    .filter((c) => isEmbeddable(c.data))
    .map((chapter) => ({ params: { slug: chapter.data.slug }, props: { chapter } }));
}
