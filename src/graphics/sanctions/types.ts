import type { Statement } from '../statements-timeline/types.ts';

/** Input of the sanctions graphic: content/data/proposals.yaml (see DATA.md) plus the Kremlin's reply. */
export const PROPOSAL_KINDS = [
  'designation',
  'energy',
  'sovereign-debt',
  'financial-system',
  'individuals-and-proxies',
  'other',
] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

export const OUTCOME_STATUSES = [
  'enacted',
  'partly-enacted',
  'introduced-not-passed',
  'not-enacted',
  'no-source-found',
] as const;
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

export interface SanctionsData {
  proposals: Proposal[];
  reply: KremlinReply;
}
