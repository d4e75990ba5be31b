import type { Content } from '../../lib/content/content.ts';
import type { SanctionsData } from './types.ts';

/** The Kremlin's reply to the RSC report, shown by the sanctions graphic (research entry R05). */
export const KREMLIN_REPLY_ID = '2020-06-11-kremlin-peskov';

export function load(content: Content): SanctionsData {
  const reply = content.statements.find((s) => s.id === KREMLIN_REPLY_ID);
  if (!reply)
    throw new Error(`content/data/statements.yaml › ${KREMLIN_REPLY_ID}: missing (the sanctions graphic shows it)`);
  return { proposals: content.proposals, reply };
}

/** The downloads (/data/<name>.csv and .json) that hold this graphic's data. */
export const datasets = ['proposals'] as const;
