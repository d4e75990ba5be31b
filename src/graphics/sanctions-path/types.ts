import type { Statement } from '../statements-timeline/types.ts';
import { OUTCOME_STATUSES, PROPOSAL_KINDS } from '../../lib/content/schemas.ts';
import type { Locale } from '../../lib/i18n/locales.ts';

// One list of kinds and statuses: the content model's (the graphic runs at build time only).
export { OUTCOME_STATUSES, PROPOSAL_KINDS };

export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

export interface Proposal {
  id: string;
  kind: ProposalKind;
  /** Short label, at most 40 characters. */
  label: string;
  /** Verbatim wording of the report as the research quotes it. */
  wording: string;
  sources: string[];
  research: string | string[];
  outcome: {
    status: OutcomeStatus;
    date?: string | Date;
    summary: string;
    sources: string[];
  };
}

/** The Kremlin's reply of 11 June 2020: an entry shaped like statements.yaml's. */
export type KremlinReply = Pick<Statement, 'id' | 'date' | 'actor' | 'quotes' | 'sources'>;

/** Input of the sanctions-path graphic: content/data/proposals.yaml, the Kremlin's reply, and the end of the time axis. */
export interface SanctionsPathData {
  proposals: Proposal[];
  reply: KremlinReply;
  /** The day the report was released (10 June 2020): where every path starts. */
  reportDate: string;
  /** The axis ends "as of" the day the chapter was last updated (YYYY-MM-DD). */
  asOf: string;
  /** The edition the data was built for: 'ru' carries Russian labels and outcome summaries (default 'en'). */
  locale?: Locale;
}
