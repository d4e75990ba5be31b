import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { chapterSchema } from './lib/content/schemas.ts';

// Content lives outside src/ so that editors only ever touch content/.
const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/chapters' }),
  schema: chapterSchema,
});

export const collections = { chapters };
