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
    /**
     * The Russian edition's words for this source, beside the English (a title stays as published):
     * our description, and the publisher as a Russian reader knows it (needsRussianPublisher says when).
     */
    ru: z
      .strictObject({ description: capped(PROSE_MAX, 'a description').optional(), publisher: label.optional() })
      .refine((r) => r.description !== undefined || r.publisher !== undefined, {
        message: 'is empty: give it a description or a publisher, or remove it',
      })
      .optional(),
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

/**
 * Whether a publisher's name holds English words a Russian reader would need translated, so the source
 * must carry `ru.publisher` (src/lib/content/check-translation.ts). Kept to two plain tests:
 * 1. a parenthetical with a lower-case English word: "(citing Izvestia)", "(translation of a Russian
 *    report)", "(Wikipedia-derived)", "(not named in the copy)", "(SIGAR figures)". Capitalised names in
 *    brackets — "(AP)", "(Reuters/AFP)", "(The Guardian)", a handle "(@realDonaldTrump)" — do not count;
 * 2. an institution named in English words: one of INSTITUTION_WORDS ("U.S. Congress", "The White House",
 *    "United Nations", "Embassy of Russia in the USA", "Anatoly Antonov, Russian Ambassador to the US").
 * Outlets' names pass (The New York Times, Reuters, "The Washington Post (AP)"): Russian newspapers print
 * them in Latin. A source these tests miss may still carry ru.publisher (ТАСС for TASS, «Известия»).
 */
const INSTITUTION_WORDS =
  /\b(?:Congress|Senate|House of Representatives|White House|United Nations|Embassy|Ambassador|Department|Ministry|Committee|Government)\b/;
/** A word of lower-case letters standing alone: not part of a handle (@realDonaldTrump) or a domain. */
const LOWER_CASE_WORD = /(?<![\w@.])[a-z]{2,}(?![\w.])/;
export function needsRussianPublisher(publisher: string): boolean {
  if (INSTITUTION_WORDS.test(publisher)) return true;
  return [...publisher.matchAll(/\(([^)]*)\)/g)].some((m) => LOWER_CASE_WORD.test(m[1] ?? ''));
}

export const RESEARCH_STATUSES = ['verified', 'partly-verified', 'unverified'] as const;
export const researchSchema = z.strictObject({
  id: researchId,
  file: text,
  title: text,
  status: z.enum(RESEARCH_STATUSES),
  statusText: z.string(),
});
export type ResearchEntry = z.infer<typeof researchSchema>;
