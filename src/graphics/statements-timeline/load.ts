import { publisherIn } from '../../lib/content/cite.ts';
import type { Content } from '../../lib/content/content.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import type { StatementsData } from './types.ts';

/**
 * The timeline covers 26 June 2020 onwards; the 10–11 June "prelude" belongs to the sanctions chapter.
 * The Russian edition's data carries each statement's Russian summary, actor and time note, and each
 * source's Russian publisher name and each untitled source's Russian description; quotes and published
 * titles stay as they are.
 */
export function load(content: Content, locale: Locale = 'en'): StatementsData {
  const statements = content.statements.filter((s) => s.phase !== 'prelude');
  if (locale === 'ru')
    return {
      statements: statements.map((s) => ({
        ...s,
        summary: s.ru.summary,
        actor: s.ru.actor,
        ...(s.timeNote === undefined ? {} : { timeNote: s.ru.timeNote }),
      })),
      sources: content.sources.map((s) => {
        const publisher = publisherIn(s, locale);
        return {
          ...s,
          publisher,
          title: s.title ?? s.ru?.description ?? s.description ?? publisher,
          untitled: s.title === undefined,
        };
      }),
      locale,
    };
  return {
    statements,
    sources: content.sources.map((s) => ({ ...s, title: s.title ?? s.description ?? s.publisher })),
    locale,
  };
}

/** The downloads (/data/<name>.csv and .json) that hold this graphic's data. */
export const datasets = ['statements'] as const;
