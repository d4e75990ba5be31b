/**
 * Input of the toll-2019 graphic: the content model's one shape of a 2019 death and of a year's
 * totals (src/lib/content/schemas.ts; columns of content/data/deaths-2019.csv and deaths-annual.csv).
 */
import type { AnnualDeaths, Death } from '../../lib/content/schemas.ts';
import type { Locale } from '../../lib/i18n/locales.ts';

export type YesNo = 'yes' | 'no';

/** One row of deaths-2019.csv with its permanent id ("2019-04-08-christopher-k-a-slutman" or "unidentified-<n>"). */
export type Death2019 = Death;
export type { AnnualDeaths };

export interface Toll2019Data {
  deaths: readonly Death2019[];
  annual: readonly AnnualDeaths[];
  /** The edition the data is built for: its words (labels, tables) are in this language. Default 'en'. */
  locale?: Locale;
}
