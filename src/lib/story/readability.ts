/**
 * Flesch–Kincaid grade level, computed the usual way:
 *   0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 * Syllables are counted by vowel groups with the common English corrections (silent final e,
 * "-le", "-ed"); it is an estimate, like every FK implementation.
 */
export function syllables(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 0;
  if (w.length <= 3) return 1;
  w = w.replace(/(?:[^laeiouy]es|[^laeiouydt]ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = w.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

export interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
}

export function words(text: string): string[] {
  return text.match(/[A-Za-z][A-Za-z'’-]*|\d[\d,.]*/g) ?? [];
}

export function textStats(text: string): TextStats {
  const ws = words(text);
  const sentences = Math.max(1, (text.match(/[.!?]+(?=\s|$|["”’)])/g) ?? []).length);
  const syl = ws.reduce((n, w) => n + (/^\d/.test(w) ? 1 : syllables(w)), 0);
  const n = Math.max(1, ws.length);
  const grade = 0.39 * (n / sentences) + 11.8 * (syl / n) - 15.59;
  return { words: ws.length, sentences, syllables: syl, grade: Math.round(grade * 10) / 10 };
}
