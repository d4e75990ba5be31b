import { z } from 'astro/zod';

/** Permanent, URL-safe identifiers: they become anchors that others link to. */
export const slugId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

export const chapterSchema = z.object({
  slug: slugId,
  order: z.number().int().positive(),
  title: z.string().min(1),
  dek: z.string().min(1),
  summary: z.string().min(1),
  published: z.coerce.date(),
  updated: z.coerce.date(),
});

export type Chapter = z.infer<typeof chapterSchema>;
