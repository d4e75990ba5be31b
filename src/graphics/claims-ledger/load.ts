import type { Content } from '../../lib/content/content.ts';
import type { ClaimsLedgerData } from './types.ts';

/** The graphic's data from the validated content: the ledger's claims in file order. */
export const load = (content: Pick<Content, 'claims'>): ClaimsLedgerData => ({ claims: content.claims });

/** The downloads (/data/<name>.csv and .json) that hold this graphic's data. */
export const datasets = ['claims'] as const;
