import type { Chapter, ChapterTranslation } from '../content/schemas.ts';

/** The Russian texts of the chapters, by slug. */
export type Translations = ReadonlyMap<string, ChapterTranslation>;

/**
 * A chapter as one edition shows it: the English entry (order, dates, graphic: shared by both editions)
 * with the edition's own title, dek, summary and teaching notes. Without translations, the English.
 */
export function inEdition<T extends { data: Chapter }>(entry: T, translations?: Translations): T {
  const tr = translations?.get(entry.data.slug);
  if (!tr) return entry;
  const { title, dek, summary, teaching } = tr;
  return { ...entry, data: { ...entry.data, title, dek, summary, teaching } };
}
