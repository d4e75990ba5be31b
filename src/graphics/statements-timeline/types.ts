/** Input of the statements-timeline graphic: content/data/statements.yaml (+ sources.yaml), see DATA.md. */
export const ACTOR_GROUPS = ['us-press', 'us-government', 'russian-government', 'taliban', 'uk'] as const;
export type ActorGroup = (typeof ACTOR_GROUPS)[number];

export type Channel =
  | 'newspaper'
  | 'twitter'
  | 'press-briefing'
  | 'tv-interview'
  | 'written-statement'
  | 'letter'
  | 'hearing'
  | 'news-agency';

export interface StatementQuote {
  text: string;
  lang: string;
  original?: string;
}

export interface Statement {
  id: string;
  /** "YYYY-MM-DD"; a YAML timestamp (Date) is accepted too. */
  date: string | Date;
  /** "HH:MM", local time of `tz`. */
  time?: string;
  tz?: string;
  precision: 'day' | 'minute';
  actor: string;
  group: ActorGroup;
  channel: Channel;
  quotes: StatementQuote[];
  summary: string;
  sources: string[];
  research: string;
  phase: 'initial' | 'later-assessment';
}

/** The fields of a sources.yaml entry the quote card shows. */
export interface SourceRef {
  id: string;
  publisher: string;
  title: string;
  date: string | Date;
}

export interface StatementsData {
  statements: Statement[];
  /** Used to print the card's source line; unknown ids are shown as the id. */
  sources?: SourceRef[];
}
