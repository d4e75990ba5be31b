/**
 * A step's title for a menu: its first sentence (footnote numbers left out), cut at a word near
 * `max` characters with an ellipsis.
 */
export function stepTitle(text: string, max = 72): string {
  const flat = text
    .replace(/\s+/g, ' ')
    .replace(/([.”"])\d+(?=\s|$)/g, '$1')
    .trim();
  const sentence = /^.+?[.!?](?=[”"’]?\s+[A-Z“"]|[”"’]?$)[”"’]?/.exec(flat)?.[0] ?? flat;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[,;:]$/, '')}…`;
}

/** Until the page is read, a step id as words: "toll-all-deaths" → "Toll all deaths". */
export function idAsWords(id: string): string {
  const words = id.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
