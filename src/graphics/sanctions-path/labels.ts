import type { OutcomeStatus, ProposalKind } from './types.ts';

/** Names a reader sees for each kind of measure and each outcome. */
export const KIND_LABELS: Record<ProposalKind, string> = {
  designation: 'Designation',
  energy: 'Energy',
  'sovereign-debt': 'Sovereign debt',
  'financial-system': 'Financial system / SWIFT',
  'individuals-and-proxies': 'Individuals and proxies',
  other: 'Other',
};

export const STATUS_LABELS: Record<OutcomeStatus, string> = {
  enacted: 'Enacted',
  'partly-enacted': 'Partly enacted',
  'introduced-not-passed': 'Introduced, not passed',
  'not-enacted': 'Not enacted',
  'no-source-found': 'No source found',
};
