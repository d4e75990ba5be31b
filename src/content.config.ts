import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './lib/content/schemas.ts';

// Content lives outside src/ so that editors only ever touch content/. Test builds
// (SCROLLY_FIXTURES=1) add the fixture chapters the browser tests read.
const patterns = [
  'content/chapters/*.mdx',
  ...(process.env.SCROLLY_FIXTURES === '1' ? ['tests/fixtures/chapters/*.mdx'] : []),
];

const chapters = defineCollection({
  loader: glob({ pattern: patterns, base: '.' }),
  schema: chapterSchema,
});

export const collections = { chapters };
