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

/**
 * The day the build runs (BUILD_DATE=YYYY-MM-DD pins it for reproducible builds and tests): nothing
 * the site reports can have happened later, so a later date is a typo that would stretch every axis.
 */
export const BUILD_DATE = process.env.BUILD_DATE ?? new Date().toISOString().slice(0, 10);
/** The first day a partial date (YYYY, YYYY-MM, YYYY-MM-DD) covers is not after the build date. */
export const notAfterBuild = (text: string): boolean => `${text}-01-01`.slice(0, 10) <= BUILD_DATE;
const futureMessage = `must not be after the build date ${BUILD_DATE}`;

const dateMessage = 'must be a real date written YYYY-MM-DD (or YYYY-MM / YYYY when only that is known)';
/** A date as text: YAML loaders differ on whether they make Date objects, so both are accepted and normalised. */
const partialDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string().refine(isCalendarDate, dateMessage).refine(notAfterBuild, futureMessage),
);
const dayDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string()
    .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isCalendarDate(s), 'must be a real date written YYYY-MM-DD')
    .refine(notAfterBuild, futureMessage),
);
const text = z.string().trim().min(1, 'must not be empty');
/** Text with a length cap: a quote or label becomes an aria-label and a card line, so it must stay readable. */
const capped = (max: number, what: string) => text.max(max, `must be at most ${max} characters (${what})`);
const QUOTE_MAX = 800;
const LABEL_MAX = 120;
const PROSE_MAX = 400;
const label = capped(LABEL_MAX, 'a label');
/** https only: the site links readers to it, and a plain-http link is refused by the CSP's upgrade rules and by readers' browsers. */
const httpsUrl = z
  .string()
  .refine((u) => URL.canParse(u), 'must be a full web address such as https://example.org/page')
  .refine((u) => !URL.canParse(u) || new URL(u).protocol === 'https:', 'must start with https://');
/**
 * The deaths CSVs are byte-for-byte copies of the research files, which record some addresses on
 * http://; a row only names its source, and the address readers follow is the source's https `url`.
 */
const researchUrl = z
  .string()
  .refine((u) => URL.canParse(u) && /^https?:$/.test(new URL(u).protocol), 'must be a full web address');
const idList = z.array(slugId);
/** Research entry ids as the research files write them (S01, OUT-01, times-T07, troop-deaths-2019). */
const researchId = z.string().regex(/^[A-Za-z0-9-]+$/, 'must be a research entry id such as S01 or OUT-03');
const researchIds = z.preprocess(
  (v) => (typeof v === 'string' ? [v] : v),
  z.array(researchId).min(1, 'must name at least one research entry'),
);

/** A chapter's graphic: a folder name in src/graphics/ (the build checks it exists; lib/ cannot list them), or none. */
const graphicName = z.union([z.literal('none'), slugId]);

export const chapterSchema = z.strictObject({
  slug: slugId,
  order: z.number().int().positive(),
  title: text,
  dek: text,
  summary: text,
  published: dayDate.transform((s) => new Date(`${s}T00:00:00Z`)),
  updated: dayDate.transform((s) => new Date(`${s}T00:00:00Z`)),
  graphic: graphicName,
  teaching: z.strictObject({
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
  })
  .refine((s) => s.title !== undefined || s.description !== undefined, {
    message: 'needs a title, or a description when the research records none',
    path: ['title'],
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

const quote = capped(QUOTE_MAX, 'quote the sentences that matter, not the whole text');
export const quoteSchema = z.strictObject({
  text: quote,
  lang: z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 code such as en or ru'),
  /** The original-language wording where the research gives it. */
  original: quote.optional(),
  note: text.optional(),
});

export const statementSchema = z
  .strictObject({
    id: slugId,
    date: partialDate,
    time: z
      .string()
      .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM (24-hour)')
      .optional(),
    tz: ianaZone.optional(),
    precision: z.enum(['month', 'day', 'minute']),
    timeNote: text.optional(),
    actor: label,
    group: z.enum(ACTOR_GROUPS),
    channel: z.enum(CHANNELS),
    quotes: z.array(quoteSchema),
    summary: capped(PROSE_MAX, 'one line'),
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
// An empty cell is "not given": undefined, so the JSON download leaves the key out and the graphic tests `=== undefined`.
const optionalInt = z.preprocess((v) => (v === '' || v === null ? undefined : v), wholeNumber.optional());
/** A death's date: a real day, or the research's free-text range for a death whose date was not released. */
const deathDate = z.union([dayDate, z.string().regex(/^\d{4} \(.+\)$/)], {
  error: 'must be a real date written YYYY-MM-DD (or "YYYY (between …)" when the day was not released)',
});

/** One row of deaths-2019.csv, every column kept as the research file has it. */
export const death2019RowSchema = z.strictObject({
  date: deathDate,
  name: label,
  rank: z.string(),
  branch: z.string(),
  age: optionalInt,
  hometown: z.string(),
  unit: z.string(),
  place: z.string(),
  province: z.string(),
  hostile: yesNo,
  cause: text,
  source_url: researchUrl,
  source_title: capped(300, 'a title'),
  verified: yesNo,
  counted_in_nyt_ap_20_combat: yesNo,
  notes: z.string(),
});
/** The one shape of a 2019 death: the row, its permanent id (deathId in load.ts), its line and its source ids. */
export const deathSchema = death2019RowSchema.extend({ id: slugId, row: z.number().int(), sources: idList.min(1) });
export type Death = z.infer<typeof deathSchema>;

export const annualRowSchema = z.strictObject({
  year: wholeNumber.refine((y) => y >= 1900 && y <= 2100, 'must be a four-digit year'),
  total: wholeNumber,
  hostile: optionalInt,
  non_hostile: optionalInt,
  source_url: researchUrl,
  source_title: capped(300, 'a title'),
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
export const claimSchema = z.strictObject({
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
