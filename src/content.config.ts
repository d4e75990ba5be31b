import { relative, resolve, sep } from 'node:path';
import { defineCollection } from 'astro:content';
import type { Loader } from 'astro/loaders';
import { getContent } from './lib/content/content.ts';
import { parseMdx, type MdxFile } from './lib/content/load.ts';
import { readContent } from './lib/content/read.ts';
import { chapterSchema } from './lib/content/schemas.ts';

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

/**
 * Chapters come from the one validated Content value (src/lib/content/content.ts): frontmatter as
 * parsed there, and the MDX file itself rendered on demand by the MDX integration (deferredRender).
 */
const chapterLoader: Loader = {
  name: 'content-chapters',
  load: async ({ store, generateDigest }) => {
    store.clear();
    const content = getContent();
    const files = [
      ...content.chapters.map((ch) => ({ ch, path: relative('.', resolve(content.root, ch.rel)) })),
      ...fixtureChapters().map((ch) => ({ ch, path: ch.file })),
    ];
    for (const { ch, path } of files) {
      if (!ch.data) continue;
      store.set({
        id: ch.data.slug,
        data: ch.data,
        body: ch.body,
        filePath: path.split(sep).join('/'),
        digest: generateDigest(ch.body + JSON.stringify(ch.data)),
        deferredRender: true,
      });
    }
  },
};

export const collections = {
  chapters: defineCollection({ loader: chapterLoader, schema: chapterSchema }),
};
