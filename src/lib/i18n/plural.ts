import type { Locale } from './locales.ts';

/** A noun in the three forms Russian counts need: one (1, 21), few (2–4, 22), many (5–20, 11, 0). */
export type NounForms = readonly [one: string, few: string, many: string];

/** "погибший|погибших|погибших" → the three forms; undefined unless exactly three non-empty forms. */
export function parseForms(text: string): NounForms | undefined {
  const parts = text.split('|').map((s) => s.trim());
  return parts.length === 3 && parts.every(Boolean) ? (parts as unknown as NounForms) : undefined;
}

/** The form of `forms` a count of `n` takes, by the language's CLDR plural rules. */
export function pluralForm(locale: Locale, n: number, forms: NounForms): string {
  const rule = new Intl.PluralRules(locale).select(n);
  if (rule === 'one') return forms[0];
  if (rule === 'few') return forms[1];
  // English has only one/other; Russian fractions are "other" and take the genitive singular, which
  // no count in this story needs: whole numbers only reach here as "many".
  return forms[2];
}

/** "20 погибших", the number and its noun joined by a no-break space. */
export function countWithNoun(locale: Locale, n: number, forms: NounForms): string {
  return `${n.toLocaleString(locale === 'ru' ? 'ru-RU' : 'en-US')}\u00a0${pluralForm(locale, n, forms)}`;
}
