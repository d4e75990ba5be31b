import { z } from 'astro/zod';
import { dayDate, prose, slugId } from './schema-fields.ts';

/** A chapter's graphic: a folder name in src/graphics/ (the build checks it exists; lib/ cannot list them), or none. */
const graphicName = z.union([z.literal('none'), slugId]);

export const chapterSchema = z.strictObject({
  slug: slugId,
  order: z.number().int().positive(),
  title: prose,
  dek: prose,
  summary: prose,
  published: dayDate.transform((s) => new Date(`${s}T00:00:00Z`)),
  updated: dayDate.transform((s) => new Date(`${s}T00:00:00Z`)),
  graphic: graphicName,
  teaching: z.strictObject({
    known: z.array(prose).min(1, 'must list at least one thing that is known'),
    disputed: z.array(prose).min(1, 'must list at least one thing that is disputed'),
    questions: z.array(prose).min(2, 'must have 2–4 questions').max(4, 'must have 2–4 questions'),
  }),
  embeddable: z.boolean(),
});
export type Chapter = z.infer<typeof chapterSchema>;

/**
 * A chapter's Russian twin (content/chapters/ru/<slug>.mdx): only what a translator writes. Order,
 * dates, graphic and embeddability are the English chapter's; the teaching lists must match its lengths.
 */
export const chapterTranslationSchema = z.strictObject({
  slug: slugId,
  title: prose,
  dek: prose,
  summary: prose,
  teaching: z.strictObject({
    known: z.array(prose).min(1),
    disputed: z.array(prose).min(1),
    questions: z.array(prose).min(2).max(4),
  }),
});
export type ChapterTranslation = z.infer<typeof chapterTranslationSchema>;
