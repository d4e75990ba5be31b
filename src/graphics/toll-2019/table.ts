import { formatDay, utcDay } from '../shared/dates.ts';
import type { DataTable } from '../shared/types.ts';
import { countToll, isDated } from './counts.ts';
import { isNamed } from './parse.ts';
import type { Toll2019Data } from './types.ts';

export const description =
  'US service members who died in Afghanistan in 2019, one mark per person, with the NYT/AP combat count, the Pentagon hostile count, and annual deaths since 2001.';

export function tableRows(data: Toll2019Data): DataTable[] {
  const c = countToll(data);
  const deaths: DataTable = {
    caption: `US military deaths in Afghanistan in 2019: ${c.total} (${c.named} named, ${c.unidentified} not identified)`,
    header: [
      'Date',
      'Name',
      'Rank',
      'Branch',
      'Unit',
      'Place',
      'Cause',
      'Killed in combat (NYT/AP)',
      'Hostile (Pentagon release wording)',
      'Source',
    ],
    rows: data.deaths.map((d) => [
      isDated(d) ? formatDay(utcDay(d.date)) : `Not released: ${d.date}`,
      isNamed(d) ? d.name : 'Not released',
      d.rank,
      d.branch,
      d.unit,
      d.place,
      d.cause,
      d.counted_in_nyt_ap_20_combat,
      d.hostile,
      d.source_title,
    ]),
    rowIds: data.deaths.map((d) => d.id),
  };
  const annual: DataTable = {
    caption: 'US military deaths in Afghanistan by year',
    header: ['Year', 'Total', 'Hostile', 'Non-hostile', 'Source', 'Verified'],
    rows: [...data.annual]
      .sort((a, b) => a.year - b.year)
      .map((a) => [
        String(a.year),
        String(a.total),
        a.hostile === undefined ? '' : String(a.hostile),
        a.non_hostile === undefined ? '' : String(a.non_hostile),
        a.source_title,
        a.verified,
      ]),
  };
  return [deaths, annual];
}

export function sourceLine(data: Toll2019Data): string {
  const releases = new Set(data.deaths.map((d) => d.source_title.split(':')[0]?.trim())).size;
  const secondary = data.annual.filter((a) => a.verified === 'no');
  const primary = data.annual.filter((a) => a.verified !== 'no');
  const span = (rows: typeof secondary) => `${rows[0]?.year ?? ''}–${rows[rows.length - 1]?.year ?? ''}`;
  return `Sources: Pentagon releases as quoted by ${releases} outlets (one per death, see table); NYT and AP counts; annual totals ${span(primary)} from the Pentagon's casualty system (DCAS), ${span(secondary)} from a secondary source (${secondary[0]?.source_title.split(':')[0]?.trim() ?? 'unnamed'}), not verified.`;
}
