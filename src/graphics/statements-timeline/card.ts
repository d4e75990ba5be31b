import type { QuoteCard } from '../spec.ts';
import { formatPartialDate } from '../shared/dates.ts';
import { textWidth } from '../shared/text.ts';
import { CHANNEL_LABELS } from './labels.ts';
import type { Statement, StatementsData } from './types.ts';

export function whenText(st: Statement): string {
  const day = formatPartialDate(st.date);
  return st.time && st.tz ? `${day}, ${st.time} (${st.tz.replace(/_/g, ' ')})` : day;
}

function sourceText(st: Statement, data: StatementsData): string {
  return st.sources
    .map((id) => {
      const src = data.sources?.find((s) => s.id === id);
      if (!src) return id;
      return [src.publisher, `“${src.title}”`, ...(src.date ? [formatPartialDate(src.date)] : [])].join(', ');
    })
    .join('; ');
}

export function card(st: Statement, data: StatementsData): QuoteCard {
  return {
    key: `statement-${st.id}`,
    speaker: st.actor,
    channel: CHANNEL_LABELS[st.channel],
    date: whenText(st),
    quote: st.quotes
      .filter((q) => q.lang === 'en')
      .map((q) => q.text)
      .join(' … '),
    originals: st.quotes.filter((q) => q.lang !== 'en').map((q) => ({ text: q.text, lang: q.lang })),
    summary: st.summary,
    source: sourceText(st, data),
  };
}

export function nodeLabel(st: Statement): string {
  const quote = st.quotes.find((q) => q.lang === 'en')?.text;
  return `${st.actor}, ${whenText(st)}, ${CHANNEL_LABELS[st.channel]}: ${quote ? `“${quote}”` : st.summary}`;
}

/** The speaker as short as the room asks: "Dmitry Peskov, Kremlin press secretary" → "Dmitry Peskov". */
export function shortSpeaker(actor: string, room: number, fs: number): string {
  const candidates = [actor, actor.split(' (')[0] ?? actor, (actor.split(' (')[0] ?? actor).split(', ')[0] ?? actor];
  return candidates.find((c) => textWidth(c, fs) <= room) ?? candidates[candidates.length - 1] ?? actor;
}
