import type { LoadedContent } from '../../lib/content/load.ts';
import type { ClaimsLedgerData } from './types.ts';

/** The graphic's data from the validated content: the ledger's claims in file order. */
export const loadClaimsLedger = (content: Pick<LoadedContent, 'claims'>): ClaimsLedgerData => ({
  claims: content.claims.map((c) => c.value),
});
