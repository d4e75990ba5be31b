import { z } from 'astro/zod';
import { capped, idList, label, partialDate, PROSE_MAX, quote, researchIds, slugId, text } from './schema-fields.ts';

export const PROPOSAL_KINDS = [
  'designation',
  'energy',
  'sovereign-debt',
  'financial-system',
  'individuals-and-proxies',
  'other',
] as const;
export const OUTCOME_STATUSES = [
  'enacted',
  'partly-enacted',
  'introduced-not-passed',
  'not-enacted',
  'no-source-found',
] as const;
export const proposalSchema = z.strictObject({
  id: slugId,
  kind: z.enum(PROPOSAL_KINDS),
  label: text.max(40, 'must be at most 40 characters'),
  wording: quote,
  wordingFrom: z.enum(['report', 'summary']),
  sources: idList.min(1, 'must cite at least one source'),
  research: researchIds,
  outcome: z
    .strictObject({
      status: z.enum(OUTCOME_STATUSES),
      date: partialDate.optional(),
      summary: text,
      sources: idList,
      research: researchIds.optional(),
    })
    .refine((o) => o.status === 'no-source-found' || o.sources.length > 0, {
      message: 'must cite at least one source unless the status is no-source-found',
      path: ['sources'],
    }),
  /** The Russian edition's words, beside the English. */
  ru: z.strictObject({ label: text.max(40, 'must be at most 40 characters'), outcomeSummary: text }),
});
export type Proposal = z.infer<typeof proposalSchema>;

export const CLAIM_STATUSES = [
  'alleged',
  'denied',
  'disputed',
  'corroborated',
  'assessed-low-moderate',
  'unknown',
] as const;
export const claimSchema = z
  .strictObject({
    id: slugId,
    /** Short name of the claim for graphics, in the ledger's attributed voice ("That …"). */
    label: text.max(40, 'must be at most 40 characters').optional(),
    claim: capped(PROSE_MAX, 'one sentence'),
    by: label,
    date: partialDate,
    evidence: text,
    assessments: z.array(
      z.strictObject({
        date: partialDate,
        by: label,
        text: capped(PROSE_MAX, 'one or two sentences'),
        sources: idList.min(1, 'must cite at least one source'),
        research: researchIds,
      }),
    ),
    status: z.enum(CLAIM_STATUSES),
    sources: idList.min(1, 'must cite at least one source'),
    research: researchIds,
    /** The Russian edition's words, beside the English. */
    /** The Russian edition's words, beside the English; `assessments` in the same order as the English. */
    ru: z.strictObject({
      claim: capped(PROSE_MAX, 'one sentence'),
      label: text.max(40, 'must be at most 40 characters').optional(),
      by: label,
      evidence: text,
      assessments: z.array(z.strictObject({ by: label, text: capped(PROSE_MAX, 'one or two sentences') })),
    }),
  })
  .refine((c) => c.ru.assessments.length === c.assessments.length, {
    message: 'must translate each assessment, in order (as many as the English has)',
    path: ['ru', 'assessments'],
  });
export type Claim = z.infer<typeof claimSchema>;
