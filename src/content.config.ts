import { relative, resolve, sep } from 'node:path';
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { getContent } from './lib/content/content.ts';
import { parseMdx, type MdxFile } from './lib/content/load.ts';
import { readContent } from './lib/content/read.ts';
import { chapterSchema, chapterTranslationSchema } from './lib/content/schemas.ts';

// Content lives outside src/ so that editors only ever touch content/. CONTENT_DIR points the build
// elsewhere (the bad-input build test uses it).

/** Test builds (SCROLLY_FIXTURES=1) add the fixture chapters the scrolly browser tests read. */
function fixtureChapters(): MdxFile[] {
  if (process.env.SCROLLY_FIXTURES !== '1') return [];
  const root = resolve('tests/fixtures');
  const names = ['embed-steps.mdx', 'scrolly-demo.mdx'];
  return names.flatMap((name) => {
    const read = readContent(root, `chapters/${name}`, []);
    return read ? [parseMdx(read.text, `tests/fixtures/chapters/${name}`, `chapters/${name}`, [], chapterSchema)] : [];
  });
}

type StoredMdx = { data?: object; body: string; slug: string; path: string };

/**
 * A loader of MDX chapters from the one validated Content value (src/lib/content/content.ts):
 * frontmatter as parsed there, and the MDX file itself rendered on demand by the MDX integration
 * (deferredRender).
 */
function mdxLoader(name: string, files: () => StoredMdx[]): Loader {
  return {
    name,
    load: async ({ store, generateDigest }) => {
      store.clear();
      for (const { data, body, slug, path } of files()) {
        if (!data) continue;
        store.set({
          id: slug,
          data: data as Record<string, unknown>,
          body,
          filePath: path.split(sep).join('/'),
          digest: generateDigest(body + JSON.stringify(data)),
          deferredRender: true,
        });
      }
    },
  };
}

const inRepo = (root: string, rel: string) => relative('.', resolve(root, rel));

const chapterLoader = mdxLoader('content-chapters', () => {
  const content = getContent();
  return [
    ...content.chapters.map((ch) => ({ ...ch, slug: ch.data.slug, path: inRepo(content.root, ch.rel) })),
    ...fixtureChapters().map((ch) => ({ ...ch, slug: ch.data?.slug ?? ch.entry, path: ch.file })),
  ];
});

/** The Russian edition's chapters (content/chapters/ru), keyed by the English slug they translate. */
const russianChapterLoader = mdxLoader('content-chapters-ru', () => {
  const content = getContent();
  return content.ru.chapters.map((ch) => ({ ...ch, slug: ch.data.slug, path: inRepo(content.root, ch.rel) }));
});

export const collections = {
  chapters: defineCollection({ loader: chapterLoader, schema: chapterSchema }),
  chaptersRu: defineCollection({ loader: russianChapterLoader, schema: chapterTranslationSchema }),
};
