import type { Content } from '../../lib/content/content.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import type { ClaimsLedgerData, LedgerClaim } from './types.ts';

/** A claim in the Russian edition: its Russian claim, label, `by`, evidence and assessments in place of the English. */
const inRussian = (c: LedgerClaim): LedgerClaim => {
  const { label: _english, ...rest } = c;
  return {
    ...rest,
    claim: c.ru.claim,
    by: c.ru.by,
    evidence: c.ru.evidence,
    assessments: c.assessments.map((a, i) => ({ ...a, ...c.ru.assessments[i] })),
    ...(c.ru.label === undefined ? {} : { label: c.ru.label }),
  };
};

/** The graphic's data from the validated content: the ledger's claims in file order, in the edition's words. */
export function load(content: Pick<Content, 'claims'>, locale: Locale = 'en'): ClaimsLedgerData {
  return locale === 'ru' ? { claims: content.claims.map(inRussian), locale } : { claims: content.claims, locale };
}

/** The downloads (/data/<name>.csv and .json) that hold this graphic's data. */
export const datasets = ['claims'] as const;
