import type { KremlinReply, OutcomeStatus, Proposal } from '../sanctions/types.ts';
import { OUTCOME_STATUSES, PROPOSAL_KINDS } from '../sanctions/types.ts';

export { OUTCOME_STATUSES, PROPOSAL_KINDS };
export type { KremlinReply, OutcomeStatus, Proposal };

/** Input of the sanctions-path graphic: content/data/proposals.yaml, the Kremlin's reply, and the end of the time axis. */
export interface SanctionsPathData {
  proposals: Proposal[];
  reply: KremlinReply;
  /** The day the report was released (10 June 2020): where every path starts. */
  reportDate: string;
  /** "Today" for the axis: the day the chapter was last updated (YYYY-MM-DD). */
  asOf: string;
}
