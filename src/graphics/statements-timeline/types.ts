/** Input of the statements-timeline graphic: content/data/statements.yaml (+ sources.yaml) (schema: src/lib/content/schemas.ts). */
import { ACTOR_GROUPS, type CHANNELS } from '../../lib/content/schemas.ts';
import type { Locale } from '../../lib/i18n/locales.ts';

// One list of actor groups: the content model's.
export { ACTOR_GROUPS };
export type ActorGroup = (typeof ACTOR_GROUPS)[number];

/** The content model's channels (type-only import: no schema code reaches the graphic). */
export type Channel = (typeof CHANNELS)[number];

export interface StatementQuote {
  text: string;
  lang: string;
  original?: string;
}

export interface Statement {
  id: string;
  /** "YYYY-MM-DD", or "YYYY-MM" with precision "month"; a YAML timestamp (Date) is accepted too. */
  date: string | Date;
  /** "HH:MM", local time of `tz`. */
  time?: string;
  tz?: string;
  precision: 'month' | 'day' | 'minute';
  /** How the time is known, where the sources leave it open (in the data's edition). */
  timeNote?: string | undefined;
  /** In the data's edition, as are `summary` and `timeNote`. */
  actor: string;
  group: ActorGroup;
  channel: Channel;
  quotes: StatementQuote[];
  summary: string;
  sources: string[];
  research: string | string[];
  phase: 'prelude' | 'initial' | 'later-assessment';
}

/** The fields of a sources.yaml entry the quote card shows. */
export interface SourceRef {
  id: string;
  publisher: string;
  title: string;
  /** Absent when the source gives none. */
  date?: string | Date | undefined;
  /** `title` is our own description (the research records no title): shown without quotation marks. */
  untitled?: boolean;
}

export interface StatementsData {
  statements: Statement[];
  /** Used to print the card's source line; unknown ids are shown as the id. */
  sources?: SourceRef[];
  /** The edition the data was built for; data built by hand (fixtures, tests) is English. */
  locale?: Locale;
}
