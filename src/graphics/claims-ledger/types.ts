import type { Locale } from '../../lib/i18n/locales.ts';
import { CLAIM_STATUSES, type Claim } from '../../lib/content/schemas.ts';

export { CLAIM_STATUSES };
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export type LedgerClaim = Claim;

/** Input of the claims-ledger graphic: content/data/claims.yaml, in file order (schema: src/lib/content/schemas.ts). */
export interface ClaimsLedgerData {
  claims: LedgerClaim[];
  /**
   * The edition the data is built for: 'ru' data carries each claim's Russian claim, label and `by`
   * in place of the English, and the graphic writes its own words in Russian. Absent means English.
   */
  locale?: Locale;
}
