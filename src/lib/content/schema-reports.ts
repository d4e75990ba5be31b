import { z } from 'astro/zod';
import { dayDate, idList, researchIds, slugId, text } from './schema-fields.ts';

/** Elements of the story a press report can carry (columns of the report-outlets graphic). */
export const REPORT_ELEMENTS = [
  'bounties',
  'briefing',
  'deaths',
  'detainees',
  'cash',
  'transfers',
  'doubts',
  'reply',
] as const;
export const reportSchema = z
  .object({
    id: slugId,
    outlet: text,
    date: dayDate,
    elements: z
      .array(
        z.object({
          element: z.enum(REPORT_ELEMENTS),
          /** Our one-sentence summary, attributed to the outlet. */
          summary: text,
          sources: idList.min(1, 'must cite at least one source'),
          research: researchIds,
        }),
      )
      .min(1, 'must carry at least one element of the story'),
    /** How many officials the report cited, only as a source states it; never estimated. */
    officials: z.object({
      count: z.union([z.number().int().positive(), z.literal('not-stated')], {
        error: 'must be a whole number, or "not-stated" when no source gives the number',
      }),
      /** The report's own words for its sources, verbatim as the cited source gives them. */
      wording: text,
      sources: idList.min(1, 'must cite at least one source'),
    }),
    /** The entry of statements.yaml that stands for the same report, where there is one. */
    statement: slugId.optional(),
    /** The Russian edition's words: each element's summary, in order, and our translation of the wording. */
    ru: z.strictObject({ summaries: z.array(text), officialsWording: text }),
  })
  .superRefine((r, ctx) => {
    if (r.ru.summaries.length !== r.elements.length)
      ctx.addIssue({
        code: 'custom',
        path: ['ru', 'summaries'],
        message: `has ${r.ru.summaries.length} summaries for ${r.elements.length} elements (translate each, in order)`,
      });
    const seen = new Set<string>();
    r.elements.forEach((e, i) => {
      if (seen.has(e.element))
        ctx.addIssue({ code: 'custom', path: ['elements', i, 'element'], message: `"${e.element}" is listed twice` });
      seen.add(e.element);
    });
  });
export type Report = z.infer<typeof reportSchema>;
