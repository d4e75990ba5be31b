import type { Content } from '../../lib/content/content.ts';
import type { Toll2019Data } from './types.ts';

/** The graphic's data: every 2019 death and every year's totals, as the content model holds them. */
export const load = (content: Content): Toll2019Data => ({ deaths: content.deaths2019, annual: content.deathsAnnual });

/** The downloads (/data/<name>.csv and .json) that hold this graphic's data. */
export const datasets = ['deaths-2019', 'deaths-annual'] as const;
