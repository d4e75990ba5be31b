import type { QuoteCard } from '../spec.ts';
import { textWidth } from '../shared/text.ts';
import type { Statement, StatementQuote, StatementsData } from './types.ts';
import { WORDS, wordsFor, type Words } from './words.ts';

export function whenText(st: Statement, w: Words = WORDS.en): string {
  return w.when(w.date(st.date), st.time, st.tz);
}

function sourceText(st: Statement, data: StatementsData, w: Words): string {
  return st.sources
    .map((id) => {
      const src = data.sources?.find((s) => s.id === id);
      if (!src) return id;
      return [src.publisher, w.sourceTitle(src.title, src.untitled), ...(src.date ? [w.date(src.date)] : [])].join(
        ', ',
      );
    })
    .join('; ');
}

/**
 * The language of the quote a card shows: English, or in the Russian edition the Russian wording where
 * the statement has one. The rest are shown as the speaker's words in another language.
 */
function shownLang(st: Statement, w: Words): string {
  return w.locale === 'ru' && st.quotes.some((q) => q.lang === 'ru') ? 'ru' : 'en';
}

const shownQuotes = (st: Statement, w: Words): StatementQuote[] => {
  const lang = shownLang(st, w);
  return st.quotes.filter((q) => q.lang === lang);
};

export function card(st: Statement, data: StatementsData): QuoteCard {
  const w = wordsFor(data);
  const lang = shownLang(st, w);
  return {
    key: `statement-${st.id}`,
    speaker: st.actor,
    channel: w.channels[st.channel],
    date: whenText(st, w),
    quote: shownQuotes(st, w)
      .map((q) => q.text)
      .join(' … '),
    originals: st.quotes.filter((q) => q.lang !== lang).map((q) => ({ text: q.text, lang: q.lang })),
    summary: st.summary,
    source: sourceText(st, data, w),
  };
}

export function nodeLabel(st: Statement, w: Words = WORDS.en): string {
  const quote = shownQuotes(st, w)[0]?.text;
  return `${st.actor}, ${whenText(st, w)}, ${w.channels[st.channel]}: ${quote ? w.quoted(quote) : st.summary}`;
}

/**
 * The speaker as short as the room asks: "Dmitry Peskov, Kremlin press secretary" → "Dmitry Peskov".
 * A speaker named in one long phrase that would not even fit the drawing (`limit`), as «Представитель
 * Совета национальной безопасности» on a phone, loses words from its end, marked by an ellipsis, to fit
 * the room; the quote card names it in full.
 */
export function shortSpeaker(actor: string, room: number, fs: number, limit = Infinity): string {
  const candidates = [actor, actor.split(' (')[0] ?? actor, (actor.split(' (')[0] ?? actor).split(', ')[0] ?? actor];
  const shortest = candidates[candidates.length - 1] ?? actor;
  const fits = candidates.find((c) => textWidth(c, fs) <= room);
  if (fits !== undefined || textWidth(shortest, fs) <= limit) return fits ?? shortest;
  const words = shortest.split(' ');
  for (let n = words.length - 1; n > 0; n--) {
    const cut = `${words
      .slice(0, n)
      .join(' ')
      .replace(/[,;:]$/, '')}…`;
    if (textWidth(cut, fs) <= room) return cut;
  }
  return words[0] ?? actor;
}
