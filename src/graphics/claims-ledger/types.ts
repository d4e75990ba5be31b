import { CLAIM_STATUSES, type Claim } from '../../lib/content/schemas.ts';

export { CLAIM_STATUSES };
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export type LedgerClaim = Claim;

/** Input of the claims-ledger graphic: content/data/claims.yaml, in file order (schema: src/lib/content/schemas.ts). */
export interface ClaimsLedgerData {
  claims: LedgerClaim[];
}
