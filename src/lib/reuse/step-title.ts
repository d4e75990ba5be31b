/**
 * A step's title for a menu: its first sentence, cut at a word near `max` characters with an ellipsis.
 * Either edition: a sentence ends at . ! ? or … (after any closing quotes) before a capital letter or
 * an opening quote in any script, but not after an initial or a short title ("Gen.", "Sgt.", "A.").
 */
export function stepTitle(text: string, max = 72): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const end = /(\S*)[.!?…]["”’»)]*(?=\s+["“«„\p{Lu}])/gu;
  let sentence = flat;
  for (const m of flat.matchAll(end)) {
    const word = m[1] ?? '';
    if (/^(?:\p{Lu}|\p{Lu}\p{Ll}{1,2}|(?:\p{Lu}\.)+\p{Lu})$/u.test(word)) continue;
    sentence = flat.slice(0, m.index + m[0].length);
    break;
  }
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  return `${cut
    .slice(0, Math.max(cut.lastIndexOf(' '), max / 2))
    .replace(/[,;:—–-]\s*$/, '')
    .trimEnd()}…`;
}
