/** Field types every entry kind shares: ids, dates not after the build, capped text, https addresses, research ids. */
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
export const partialDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string().refine(isCalendarDate, dateMessage).refine(notAfterBuild, futureMessage),
);
export const dayDate = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string()
    .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isCalendarDate(s), 'must be a real date written YYYY-MM-DD')
    .refine(notAfterBuild, futureMessage),
);
export const text = z.string().trim().min(1, 'must not be empty');
/**
 * Our own prose as readers see it outside the MDX body (deks, summaries, teaching notes): the body's
 * quotes are made typographic by the Markdown pipeline, these strings are shown as written.
 */
export const prose = text.refine(
  (s) => !s.includes('"'),
  'uses straight double quotes: write “…” (typographic quotes; shown as prose)',
);
/** Text with a length cap: a quote or label becomes an aria-label and a card line, so it must stay readable. */
export const capped = (max: number, what: string) => text.max(max, `must be at most ${max} characters (${what})`);
const QUOTE_MAX = 800;
const LABEL_MAX = 120;
export const PROSE_MAX = 400;
export const label = capped(LABEL_MAX, 'a label');
/** https only: the site links readers to it, and a plain-http link is refused by the CSP's upgrade rules and by readers' browsers. */
export const httpsUrl = z
  .string()
  .refine((u) => URL.canParse(u), 'must be a full web address such as https://example.org/page')
  .refine((u) => !URL.canParse(u) || new URL(u).protocol === 'https:', 'must start with https://');
/**
 * The deaths CSVs are byte-for-byte copies of the research files, which record some addresses on
 * http://; a row only names its source, and the address readers follow is the source's https `url`.
 */
export const researchUrl = z
  .string()
  .refine((u) => URL.canParse(u) && /^https?:$/.test(new URL(u).protocol), 'must be a full web address');
export const idList = z.array(slugId);
/** Research entry ids as the research files write them (S01, OUT-01, times-T07, troop-deaths-2019). */
export const researchId = z.string().regex(/^[A-Za-z0-9-]+$/, 'must be a research entry id such as S01 or OUT-03');
export const researchIds = z.preprocess(
  (v) => (typeof v === 'string' ? [v] : v),
  z.array(researchId).min(1, 'must name at least one research entry'),
);

export const quote = capped(QUOTE_MAX, 'quote the sentences that matter, not the whole text');
