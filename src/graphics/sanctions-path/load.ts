import type { Content } from '../../lib/content/content.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import type { SanctionsPathData } from './types.ts';

/** The Kremlin's reply to the RSC report (research entry R05). */
export const KREMLIN_REPLY_ID = '2020-06-11-kremlin-peskov';
/** The RSC released its strategy on 10 June 2020 (research entry R01). */
export const REPORT_DATE = '2020-06-10';
const CHAPTER = 'the-sanctions-proposal';

/**
 * The graphic's data from the validated content: the measures, the reply, and the chapter's "updated"
 * day as today. For the Russian edition the measures' labels and outcome summaries and the reply's
 * actor are the content's Russian fields; the report's wording and the quotes stay as published.
 */
export function load(
  content: Pick<Content, 'proposals' | 'statements' | 'chapters'>,
  locale: Locale = 'en',
): SanctionsPathData {
  const reply = content.statements.find((s) => s.id === KREMLIN_REPLY_ID);
  if (!reply)
    throw new Error(
      `content/data/statements.yaml › ${KREMLIN_REPLY_ID}: missing (the sanctions-path graphic shows it)`,
    );
  const proposals =
    locale === 'ru'
      ? content.proposals.map((p) => ({
          ...p,
          label: p.ru.label,
          outcome: { ...p.outcome, summary: p.ru.outcomeSummary },
        }))
      : content.proposals;
  const updated = content.chapters.find((c) => c.entry === CHAPTER)?.data.updated;
  const latest = proposals
    .map((p) => p.outcome.date)
    .filter((d): d is string => typeof d === 'string')
    .sort()
    .at(-1);
  const asOf = updated ? updated.toISOString().slice(0, 10) : (latest ?? REPORT_DATE);
  return {
    proposals,
    reply: locale === 'ru' ? { ...reply, actor: reply.ru.actor } : reply,
    reportDate: REPORT_DATE,
    asOf,
    locale,
  };
}

/** The downloads (/data/<name>.csv and .json) that hold this graphic's data. */
export const datasets = ['proposals'] as const;
