import { z } from 'astro/zod';

/** Permanent, URL-safe identifiers: they become anchors that others link to. */
export const slugId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens');

/** True when `text` names a real calendar day, month or year (2020-02-30 is refused, not rolled over). */
export function isCalendarDate(text: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return false;
  const [, y, mo = '01', d = '01'] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  return date.toISOString().slice(0, 10) === `${y}-${mo}-${d}`;
}

const dateMessage = 'must be a real date written YYYY-MM-DD (or YYYY-MM / YYYY when only that is known)';
/** A date as text: YAML loaders differ on whether they make Date objects, so both are accepted and normalised. */
const partialDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string().refine(isCalendarDate, dateMessage),
);
const dayDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string()
    .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isCalendarDate(s), 'must be a real date written YYYY-MM-DD'),
);
const text = z.string().trim().min(1, 'must not be empty');
const idList = z.array(slugId);
/** Research entry ids as the research files write them (S01, OUT-01, times-T07, troop-deaths-2019). */
const researchId = z.string().regex(/^[A-Za-z0-9-]+$/, 'must be a research entry id such as S01 or OUT-03');
const researchIds = z.preprocess(
  (v) => (typeof v === 'string' ? [v] : v),
  z.array(researchId).min(1, 'must name at least one research entry'),
);

export const GRAPHICS = [
  'toll-2019',
  'statements-timeline',
  'sanctions',
  'sanctions-path',
  'claims-ledger',
  'report-outlets',
  'none',
] as const;

export const chapterSchema = z.object({
  slug: slugId,
  order: z.number().int().positive(),
  title: text,
  dek: text,
  summary: text,
  published: dayDate.transform((s) => new Date(`${s}T00:00:00Z`)),
  updated: dayDate.transform((s) => new Date(`${s}T00:00:00Z`)),
  graphic: z.enum(GRAPHICS),
  teaching: z.object({
    known: z.array(text).min(1, 'must list at least one thing that is known'),
    disputed: z.array(text).min(1, 'must list at least one thing that is disputed'),
    questions: z.array(text).min(2, 'must have 2–4 questions').max(4, 'must have 2–4 questions'),
  }),
  embeddable: z.boolean(),
});
export type Chapter = z.infer<typeof chapterSchema>;

export const SOURCE_KINDS = [
  'primary-document',
  'news-report',
  'official-statement',
  'social-post',
  'secondary-aggregator',
] as const;
export const sourceSchema = z
  .object({
    id: slugId,
    publisher: text,
    title: text.optional(),
    /** Used when the research records no title: our own description, never shown in quotation marks. */
    description: text.optional(),
    authors: z.array(text).optional(),
    date: partialDate.optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    archived: text.optional(),
    kind: z.enum(SOURCE_KINDS),
    language: z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 code such as en or ru'),
    /** Partisan, state or advocacy outlets: cited only for the words of the person they quote. */
    quoteOnly: z.boolean().optional(),
    note: text.optional(),
    research: researchIds,
  })
  .refine((s) => s.title !== undefined || s.description !== undefined, {
    message: 'needs a title, or a description when the research records none',
    path: ['title'],
  });
export type Source = z.infer<typeof sourceSchema>;

export const RESEARCH_STATUSES = ['verified', 'partly-verified', 'unverified'] as const;
export const researchSchema = z.object({
  id: researchId,
  file: text,
  title: text,
  status: z.enum(RESEARCH_STATUSES),
  statusText: z.string(),
});
export type ResearchEntry = z.infer<typeof researchSchema>;

export const ACTOR_GROUPS = ['us-press', 'us-government', 'russian-government', 'taliban', 'uk'] as const;
export const CHANNELS = [
  'newspaper',
  'twitter',
  'facebook',
  'press-briefing',
  'tv-interview',
  'written-statement',
  'letter',
  'hearing',
  'news-agency',
  'remarks',
] as const;
export const PHASES = ['prelude', 'initial', 'later-assessment'] as const;

const ianaZone = z.string().refine((tz) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as America/New_York');

export const quoteSchema = z.object({
  text: text,
  lang: z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 code such as en or ru'),
  /** The original-language wording where the research gives it. */
  original: text.optional(),
  note: text.optional(),
});

export const statementSchema = z
  .object({
    id: slugId,
    date: partialDate,
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24-hour)')
      .optional(),
    tz: ianaZone.optional(),
    precision: z.enum(['month', 'day', 'minute']),
    timeNote: text.optional(),
    actor: text,
    group: z.enum(ACTOR_GROUPS),
    channel: z.enum(CHANNELS),
    quotes: z.array(quoteSchema),
    summary: text,
    sources: idList.min(1, 'must cite at least one source'),
    research: researchIds,
    verification: z.enum(['verified', 'partly-verified']),
    flag: text.optional(),
    phase: z.enum(PHASES),
  })
  .superRefine((s, ctx) => {
    if (s.time !== undefined && s.tz === undefined)
      ctx.addIssue({ code: 'custom', path: ['tz'], message: 'is required when a time is given' });
    if ((s.precision === 'minute') !== (s.time !== undefined))
      ctx.addIssue({ code: 'custom', path: ['precision'], message: 'must be "minute" exactly when a time is given' });
    const dayLength = s.precision === 'month' ? 7 : 10;
    if (s.date.length !== dayLength)
      ctx.addIssue({
        code: 'custom',
        path: ['date'],
        message: `must be written ${dayLength === 7 ? 'YYYY-MM' : 'YYYY-MM-DD'} for precision "${s.precision}"`,
      });
    if (!s.id.startsWith(`${s.date}-`))
      ctx.addIssue({ code: 'custom', path: ['id'], message: `must start with the statement's date "${s.date}-"` });
    if (s.verification === 'partly-verified' && s.flag === undefined)
      ctx.addIssue({ code: 'custom', path: ['flag'], message: 'must say what is only partly verified' });
  });
export type Statement = z.infer<typeof statementSchema>;

const yesNo = z.enum(['yes', 'no'], { error: 'must be "yes" or "no"' });
// CSV cells arrive as text; the Astro collection re-validates already-parsed rows, so numbers are accepted too.
const wholeNumber = z.preprocess(
  (v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v),
  z.number({ error: 'must be a whole number' }).int(),
);
const optionalInt = z.preprocess((v) => (v === '' ? null : v), wholeNumber.nullable());

/** One row of deaths-2019.csv, every column kept as the research file has it. */
export const death2019RowSchema = z.object({
  date: text,
  name: text,
  rank: z.string(),
  branch: z.string(),
  age: optionalInt,
  hometown: z.string(),
  unit: z.string(),
  place: z.string(),
  province: z.string(),
  hostile: yesNo,
  cause: text,
  source_url: z.url(),
  source_title: text,
  verified: yesNo,
  counted_in_nyt_ap_20_combat: yesNo,
  notes: z.string(),
});
export const deathSchema = death2019RowSchema.extend({ id: slugId, row: z.number().int(), sources: idList.min(1) });
export type Death = z.infer<typeof deathSchema>;

export const annualRowSchema = z.object({
  year: wholeNumber.refine((y) => y >= 1900 && y <= 2100, 'must be a four-digit year'),
  total: wholeNumber,
  hostile: optionalInt,
  non_hostile: optionalInt,
  source_url: z.url(),
  source_title: text,
  verified: yesNo,
  notes: z.string(),
});
export const annualSchema = annualRowSchema.extend({ id: slugId, row: z.number().int(), sources: idList.min(1) });
export type AnnualDeaths = z.infer<typeof annualSchema>;

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
export const proposalSchema = z.object({
  id: slugId,
  kind: z.enum(PROPOSAL_KINDS),
  label: text.max(40, 'must be at most 40 characters'),
  wording: text,
  wordingFrom: z.enum(['report', 'summary']),
  sources: idList.min(1, 'must cite at least one source'),
  research: researchIds,
  outcome: z
    .object({
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
export const claimSchema = z.object({
  id: slugId,
  /** Short name of the claim for graphics, in the ledger's attributed voice ("That …"). */
  label: text.max(40, 'must be at most 40 characters').optional(),
  claim: text,
  by: text,
  date: partialDate,
  evidence: text,
  assessments: z.array(
    z.object({
      date: partialDate,
      by: text,
      text: text,
      sources: idList.min(1, 'must cite at least one source'),
      research: researchIds,
    }),
  ),
  status: z.enum(CLAIM_STATUSES),
  sources: idList.min(1, 'must cite at least one source'),
  research: researchIds,
});
export type Claim = z.infer<typeof claimSchema>;

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
  })
  .superRefine((r, ctx) => {
    const seen = new Set<string>();
    r.elements.forEach((e, i) => {
      if (seen.has(e.element))
        ctx.addIssue({ code: 'custom', path: ['elements', i, 'element'], message: `"${e.element}" is listed twice` });
      seen.add(e.element);
    });
  });
export type Report = z.infer<typeof reportSchema>;
