import type { Content } from '../../lib/content/content.ts';
import type { Locale } from '../../lib/i18n/locales.ts';
import { russianDeath } from './deaths-ru.ts';
import type { Toll2019Data } from './types.ts';

/**
 * The graphic's data: every 2019 death and every year's totals, as the content model holds them. For
 * the Russian edition the deaths' shown words (rank, service, unit, place, cause, name) are Russian,
 * from content/data/deaths-2019-ru.yaml (content.ru.deaths2019).
 */
export function load(content: Content, locale: Locale = 'en'): Toll2019Data {
  const deaths =
    locale === 'ru' ? content.deaths2019.map((d) => russianDeath(d, content.ru.deaths2019)) : content.deaths2019;
  return { deaths, annual: content.deathsAnnual, locale };
}

/** The downloads (/data/<name>.csv and .json) that hold this graphic's data. */
export const datasets = ['deaths-2019', 'deaths-annual'] as const;
