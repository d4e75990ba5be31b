/** Input of the statements-timeline graphic: content/data/statements.yaml (+ sources.yaml) (schema: src/lib/content/schemas.ts). */
import { ACTOR_GROUPS, type CHANNELS } from '../../lib/content/schemas.ts';

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
}

export interface StatementsData {
  statements: Statement[];
  /** Used to print the card's source line; unknown ids are shown as the id. */
  sources?: SourceRef[];
}
