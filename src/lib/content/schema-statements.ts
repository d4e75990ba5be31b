import { z } from 'astro/zod';
import {
  capped,
  idList,
  label,
  partialDate,
  prose,
  PROSE_MAX,
  quote,
  researchIds,
  slugId,
  text,
} from './schema-fields.ts';

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
    summary: prose.pipe(capped(PROSE_MAX, 'one line')),
    sources: idList.min(1, 'must cite at least one source'),
    research: researchIds,
    verification: z.enum(['verified', 'partly-verified']),
    flag: text.optional(),
    phase: z.enum(PHASES),
    /** The Russian edition's words, beside the English: the summary, the actor's label, the time note. */
    ru: z.strictObject({
      summary: prose.pipe(capped(PROSE_MAX, 'one line')),
      actor: label,
      timeNote: text.optional(),
    }),
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
    if ((s.timeNote === undefined) !== (s.ru.timeNote === undefined))
      ctx.addIssue({ code: 'custom', path: ['ru', 'timeNote'], message: 'must be given exactly when timeNote is' });
    if (s.verification === 'partly-verified' && s.flag === undefined)
      ctx.addIssue({ code: 'custom', path: ['flag'], message: 'must say what is only partly verified' });
  });
export type Statement = z.infer<typeof statementSchema>;
