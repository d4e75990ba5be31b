/**
 * "Verbatim" for quotes: a quote must be one contiguous run of words from ONE passage of one source text.
 * A passage is one line of a research note, cut where the note itself joins two excerpts with " … ", or one
 * quote/original in statements.yaml. Searching a concatenated corpus would accept a quote spliced from two
 * excerpts (the end of one line running into the start of the next); searching passage by passage cannot.
 */

/** Folds typographic quotes, dashes and spaces so "verbatim" means the same words and punctuation. */
export function normalise(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/[\u00a0\u2009\u202f]/g, ' ')
    .replace(/\\"/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every passage of every text, normalised. */
export function passages(texts: readonly string[]): string[] {
  return texts
    .flatMap((t) => t.split('\n'))
    .flatMap((line) => line.split(/\s(?:…|\.\.\.)\s/))
    .map(normalise)
    .filter((p) => p.length > 0);
}

export function inOnePassage(quote: string, texts: readonly string[] | { passages: string[] }): boolean {
  const q = normalise(quote);
  const all = Array.isArray(texts) ? passages(texts) : (texts as { passages: string[] }).passages;
  return q.length > 0 && all.some((p) => p.includes(q));
}
