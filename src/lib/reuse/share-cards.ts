/**
 * What each chapter's share image says, built for a feed: one big number or one short sentence, and
 * a simplified chart a thumbnail can carry (no legend to decode). Pure: facts in, card out; every
 * number is counted from the content, every sentence is the chapter's own wording or a quote with
 * its speaker and date. The drawing is in share-charts.ts and share-svg.ts.
 */
import type { Locale } from '../i18n/locales.ts';
import { SHARE_WORDS } from './share-words.ts';

export type ShareChart =
  | {
      kind: 'calendar';
      year: number;
      month: number;
      day: number;
      /** Heading and weekday letters in the card's language; absent: English. */
      title?: string;
      weekdays?: readonly string[];
    }
  | {
      kind: 'unit-rows';
      /** `note`: a second, muted line under the label (the Russian cards' source of a count). */
      rows: { count: number; label: string; note?: string; tone: 'neutral' | 'combat' | 'hostile' }[];
    }
  | { kind: 'group-rows'; rows: { group: string; label: string; count: number }[] }
  | { kind: 'day-columns'; title: string; days: { day: string; label: string; count: number; marked: boolean }[] }
  | { kind: 'outcomes'; rows: { label: string; count: number; tone: string }[] }
  | { kind: 'scale'; steps: string[]; filled: number };

export interface ShareCard {
  /** Large: a number, a date or a short quote (with its quotation marks). */
  big?: string;
  sentence: string;
  chart?: ShareChart;
  /** What the chart shows, in words, for the image's text alternative. */
  chartAlt?: string;
}

/** The facts the cards need, counted from the validated content (see share-graphic.ts). */
export interface ShareFacts {
  deaths: { combat: boolean; hostile: boolean }[];
  /** The Pentagon's own 2019 hostile total (annual series). */
  pentagonHostile2019?: number | undefined;
  statements: {
    id: string;
    date: string;
    actor: string;
    group: string;
    quotes: string[];
    /** The Russian edition's label of the actor (statements.yaml `ru.actor`). */
    ruActor?: string;
    /** The quotes given in Russian (`lang: ru`), as published. */
    ruQuotes?: string[];
  }[];
  /** Outcome status of each proposed measure, in the data's order. */
  outcomes: string[];
  /** Date of the Republican Study Committee's report (the prelude statement). */
  proposalDate?: string | undefined;
}

/** The actor groups, in the charts' order (their English names; each edition's are in share-words.ts). */
export const GROUP_NAMES: Record<string, string> = SHARE_WORDS.en.groups;

/** "2020-06-26" → "26 June 2020". */
export const longDate = (iso: string): string => SHARE_WORDS.en.longDate(iso);

/** Outcome statuses in the chart's order, with the tone of their squares. */
const OUTCOME_TONES: Record<string, string> = {
  enacted: 'enacted',
  'partly-enacted': 'partly',
  'introduced-not-passed': 'not',
  'not-enacted': 'not',
  'no-source-found': 'unknown',
};

/** The NYT report's day, the first statement of the timeline. */
const REPORT_ID = '2020-06-26-new-york-times';
/** The White House's April 2021 words on the intelligence community's confidence. */
const ASSESSMENT_ID = '2021-04-15-white-house-psaki';
/** The embassy tweets of 27 June 2020 that the threats chapter is about. */
const EMBASSY = 'Embassy of Russia in the USA';

function statement(facts: ShareFacts, id: string) {
  const st = facts.statements.find((s) => s.id === id);
  if (!st) throw new Error(`share image: statement "${id}" is missing from content/data/statements.yaml`);
  return st;
}

const count = <T>(items: readonly T[], pred: (item: T) => boolean) => items.filter(pred).length;

/** The card of a chapter in an edition; undefined for a slug without one (the site's own image is title and description). */
export function shareCard(slug: string, facts: ShareFacts, locale: Locale = 'en'): ShareCard | undefined {
  const w = SHARE_WORDS[locale];
  switch (slug) {
    case 'the-report': {
      const report = statement(facts, REPORT_ID);
      const [y, m, d] = report.date.split('-').map(Number);
      const [year, month, day] = [y ?? 2020, m ?? 6, d ?? 26];
      return {
        big: w.longDate(report.date),
        sentence: w.report.sentence,
        chart: {
          kind: 'calendar',
          year,
          month,
          day,
          ...(w.report.month ? { title: w.report.month(year, month) } : {}),
          ...(w.report.weekdays ? { weekdays: w.report.weekdays } : {}),
        },
        chartAlt: w.report.alt(year, month, day),
      };
    }
    case 'the-2019-toll': {
      const total = facts.deaths.length;
      const combat = count(facts.deaths, (d) => d.combat);
      const hostile = facts.pentagonHostile2019 ?? count(facts.deaths, (d) => d.hostile);
      const counts = { total, combat, hostile };
      const [all, inCombat, byEnemy] = w.toll.rows(counts);
      return {
        big: w.toll.big(counts),
        sentence: w.toll.sentence,
        chart: {
          kind: 'unit-rows',
          rows: [
            { count: total, ...all, tone: 'neutral' },
            { count: combat, ...inCombat, tone: 'combat' },
            { count: hostile, ...byEnemy, tone: 'hostile' },
          ],
        },
        chartAlt: w.toll.alt(counts),
      };
    }
    case 'who-said-what': {
      const sts = facts.statements;
      const groups = Object.keys(GROUP_NAMES).filter((g) => sts.some((s) => s.group === g));
      const first = sts
        .map((st) => st.date)
        .filter((d) => /^\d{4}-\d\d-\d\d$/.test(d))
        .sort()[0];
      const rows = groups.map((g) => ({
        group: g,
        label: w.groups[g] ?? g,
        count: count(sts, (s) => s.group === g),
      }));
      return {
        big: String(sts.length),
        sentence: w.who.sentence(sts.length, first, groups.length),
        chart: { kind: 'group-rows', rows },
        chartAlt: w.who.alt(rows),
      };
    }
    case 'threats-and-the-convention': {
      const russian = facts.statements.filter(
        (s) => s.group === 'russian-government' && /^\d{4}-\d\d-\d\d$/.test(s.date),
      );
      const tweets = count(russian, (s) => s.actor === EMBASSY && s.date === '2020-06-27');
      const days = Array.from({ length: 10 }, (_, i) => {
        const d = new Date(Date.UTC(2020, 5, 26 + i));
        const iso = d.toISOString().slice(0, 10);
        return {
          day: iso,
          label: String(d.getUTCDate()),
          count: count(russian, (s) => s.date === iso),
          marked: iso === '2020-06-27',
        };
      });
      return {
        big: '1961',
        sentence: w.threats.sentence,
        chart: { kind: 'day-columns', title: w.threats.chartTitle, days },
        chartAlt: w.threats.alt(tweets),
      };
    }
    case 'the-sanctions-proposal': {
      const rows = Object.entries(OUTCOME_TONES)
        .map(([status, tone]) => ({ status, tone, count: count(facts.outcomes, (o) => o === status) }))
        .filter((r) => r.count > 0)
        .map((r) => ({ label: w.sanctions.outcome(r.status, r.count), count: r.count, tone: r.tone }));
      return {
        big: String(facts.outcomes.length),
        sentence: w.sanctions.sentence(facts.outcomes.length, facts.proposalDate),
        chart: { kind: 'outcomes', rows },
        chartAlt: w.sanctions.alt(rows.map((r) => r.label)),
      };
    }
    case 'known-and-disputed': {
      const st = statement(facts, ASSESSMENT_ID);
      const quote = st.quotes.find((q) => /confidence/.test(q));
      if (!quote) throw new Error(`share image: statement "${ASSESSMENT_ID}" has no quote about confidence`);
      // The Russian card quotes the words in Russian where they were given in Russian, else as published.
      const ruQuote = locale === 'ru' ? st.ruQuotes?.find((q) => /уверенност/i.test(q)) : undefined;
      return {
        big: w.quoted(ruQuote ?? quote),
        sentence: w.known.sentence(locale === 'ru' ? (st.ruActor ?? st.actor) : st.actor, st.date),
        chart: { kind: 'scale', steps: [...w.known.steps], filled: 2 },
        chartAlt: w.known.alt,
      };
    }
    default:
      return undefined;
  }
}
