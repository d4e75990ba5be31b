import { z } from 'astro/zod';
import {
  capped,
  httpsUrl,
  label,
  partialDate,
  PROSE_MAX,
  researchId,
  researchIds,
  slugId,
  text,
} from './schema-fields.ts';

export const SOURCE_KINDS = [
  'primary-document',
  'news-report',
  'official-statement',
  'social-post',
  'secondary-aggregator',
] as const;
export const sourceSchema = z
  .strictObject({
    id: slugId,
    publisher: label,
    title: capped(300, 'a title').optional(),
    /** Used when the research records no title: our own description, never shown in quotation marks. */
    description: capped(PROSE_MAX, 'a description').optional(),
    authors: z.array(label).optional(),
    date: partialDate.optional(),
    url: httpsUrl.optional(),
    archived: text.optional(),
    kind: z.enum(SOURCE_KINDS),
    language: z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 code such as en or ru'),
    /** Partisan, state or advocacy outlets: cited only for the words of the person they quote. */
    quoteOnly: z.boolean().optional(),
    note: text.optional(),
    research: researchIds,
    /** The Russian edition's words for this source, beside the English (a title stays as published). */
    ru: z.strictObject({ description: capped(PROSE_MAX, 'a description') }).optional(),
  })
  .refine((s) => s.title !== undefined || s.description !== undefined, {
    message: 'needs a title, or a description when the research records none',
    path: ['title'],
  })
  .refine((s) => s.description === undefined || s.ru?.description !== undefined, {
    message: 'has a description but no Russian one',
    path: ['ru', 'description'],
  });
export type Source = z.infer<typeof sourceSchema>;

export const RESEARCH_STATUSES = ['verified', 'partly-verified', 'unverified'] as const;
export const researchSchema = z.strictObject({
  id: researchId,
  file: text,
  title: text,
  status: z.enum(RESEARCH_STATUSES),
  statusText: z.string(),
});
export type ResearchEntry = z.infer<typeof researchSchema>;
