/**
 * What each chapter's share image says, built for a feed: one big number or one short sentence, and
 * a simplified chart a thumbnail can carry (no legend to decode). Pure: facts in, card out; every
 * number is counted from the content, every sentence is the chapter's own wording or a quote with
 * its speaker and date. The drawing is in share-charts.ts and share-svg.ts.
 */
import { formatSourceDate, MONTHS } from '../content/cite.ts';

export type ShareChart =
  | { kind: 'calendar'; year: number; month: number; day: number }
  | { kind: 'unit-rows'; rows: { count: number; label: string; tone: 'neutral' | 'combat' | 'hostile' }[] }
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
  statements: { id: string; date: string; actor: string; group: string; quotes: string[] }[];
  /** Outcome status of each proposed measure, in the data's order. */
  outcomes: string[];
  /** Date of the Republican Study Committee's report (the prelude statement). */
  proposalDate?: string | undefined;
}

export const GROUP_NAMES: Record<string, string> = {
  'us-press': 'US press',
  'us-government': 'US government',
  'russian-government': 'Russian government',
  taliban: 'Taliban',
  uk: 'UK',
};

/** "2020-06-26" → "26 June 2020". */
export const longDate = (iso: string): string => formatSourceDate(iso) ?? iso;

const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const inWords = (n: number) => words[n] ?? String(n);

const OUTCOME_PHRASES: Record<string, { label: string; tone: string }> = {
  enacted: { label: 'enacted', tone: 'enacted' },
  'partly-enacted': { label: 'partly enacted', tone: 'partly' },
  'introduced-not-passed': { label: 'introduced, not passed', tone: 'not' },
  'not-enacted': { label: 'not enacted', tone: 'not' },
  'no-source-found': { label: 'no source found', tone: 'unknown' },
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

/** The card of a chapter; undefined for a slug without one (the site's own image is title and description). */
export function shareCard(slug: string, facts: ShareFacts): ShareCard | undefined {
  switch (slug) {
    case 'the-report': {
      const report = statement(facts, REPORT_ID);
      const [y, m, d] = report.date.split('-').map(Number);
      return {
        big: longDate(report.date),
        // The chapter's dek, word for word.
        sentence:
          'A newspaper said US intelligence officials had reached a conclusion about Russia and the war in Afghanistan.',
        chart: { kind: 'calendar', year: y ?? 2020, month: m ?? 6, day: d ?? 26 },
        chartAlt: `A calendar of ${MONTHS[(m ?? 1) - 1]} ${y} with the ${d}th marked.`,
      };
    }
    case 'the-2019-toll': {
      const total = facts.deaths.length;
      const combat = count(facts.deaths, (d) => d.combat);
      const hostile = facts.pentagonHostile2019 ?? count(facts.deaths, (d) => d.hostile);
      return {
        big: `${hostile}, ${combat} or ${total}`,
        sentence: 'US military deaths in Afghanistan in 2019, counted by three rules.',
        chart: {
          kind: 'unit-rows',
          rows: [
            { count: total, label: `${total} died`, tone: 'neutral' },
            { count: combat, label: `${combat} killed in combat, NYT and AP count`, tone: 'combat' },
            { count: hostile, label: `${hostile} hostile, Pentagon count`, tone: 'hostile' },
          ],
        },
        chartAlt: `Rows of dots, one per death: ${total} died, ${combat} killed in combat as NYT and AP counted, ${hostile} hostile in the Pentagon's count.`,
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
        label: GROUP_NAMES[g] ?? g,
        count: count(sts, (s) => s.group === g),
      }));
      return {
        big: String(sts.length),
        sentence: `statements from ${first ? longDate(first) : ''} on, by ${inWords(groups.length)} groups of speakers, in order.`,
        chart: { kind: 'group-rows', rows },
        chartAlt: `One dot per statement by group: ${rows.map((r) => `${r.label} ${r.count}`).join(', ')}.`,
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
        sentence: `On 27 June 2020 Russia's embassy in Washington asked US authorities to meet their duties under a 1961 treaty.`,
        chart: { kind: 'day-columns', title: `Russian government statements, 26 Jun – 5 Jul 2020`, days },
        chartAlt: `Russian government statements by day, 26 June to 5 July 2020; 27 June is marked, with ${tweets} embassy tweets.`,
      };
    }
    case 'the-sanctions-proposal': {
      const rows = Object.entries(OUTCOME_PHRASES)
        .map(([status, phrase]) => ({ ...phrase, count: count(facts.outcomes, (o) => o === status) }))
        .filter((r) => r.count > 0)
        .map((r) => ({ label: `${r.count} ${r.label}`, count: r.count, tone: r.tone }));
      return {
        big: String(facts.outcomes.length),
        sentence: `measures against Russia, proposed by a group of House Republicans on ${facts.proposalDate ? longDate(facts.proposalDate) : '10 June 2020'}. What became of them:`,
        chart: { kind: 'outcomes', rows },
        chartAlt: `One square per measure: ${rows.map((r) => r.label).join(', ')}.`,
      };
    }
    case 'known-and-disputed': {
      const st = statement(facts, ASSESSMENT_ID);
      const quote = st.quotes.find((q) => /confidence/.test(q));
      if (!quote) throw new Error(`share image: statement "${ASSESSMENT_ID}" has no quote about confidence`);
      return {
        big: `“${quote}”`,
        sentence: `The White House on US intelligence about the bounty reports, ${longDate(st.date)}.`,
        chart: { kind: 'scale', steps: ['low', 'moderate', 'high'], filled: 2 },
        chartAlt: 'A confidence scale of low, moderate and high, filled from low to moderate.',
      };
    }
    default:
      return undefined;
  }
}
