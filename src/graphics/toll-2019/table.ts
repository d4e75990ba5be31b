import type { DataTable } from '../shared/types.ts';
import { countToll } from './counts.ts';
import { isNamed } from './parse.ts';
import type { Toll2019Data } from './types.ts';
import { WORDS, words } from './words.ts';

/** The module description in English (the fixed field); `descriptionFor` gives the data's edition. */
export const description = WORDS.en.description;
export const descriptionFor = (data: Toll2019Data): string => words(data).description;

export function tableRows(data: Toll2019Data): DataTable[] {
  const w = words(data).table;
  const c = countToll(data);
  const deaths: DataTable = {
    caption: w.deathsCaption(c),
    header: [...w.deathsHeader],
    rows: data.deaths.map((d) => [
      w.date(d),
      isNamed(d) ? d.name : w.notReleased,
      w.cell(d.rank),
      w.cell(d.branch),
      w.cell(d.unit),
      w.cell(d.place),
      w.cell(d.cause),
      w.yesNo(d.counted_in_nyt_ap_20_combat),
      w.yesNo(d.hostile),
      d.source_title,
    ]),
    rowIds: data.deaths.map((d) => d.id),
  };
  const annual: DataTable = {
    caption: w.annualCaption,
    header: [...w.annualHeader],
    rows: [...data.annual]
      .sort((a, b) => a.year - b.year)
      .map((a) => [
        String(a.year),
        String(a.total),
        a.hostile === undefined ? '' : String(a.hostile),
        a.non_hostile === undefined ? '' : String(a.non_hostile),
        a.source_title,
        w.yesNo(a.verified),
      ]),
  };
  return [deaths, annual];
}

export function sourceLine(data: Toll2019Data): string {
  const releases = new Set(data.deaths.map((d) => d.source_title.split(':')[0]?.trim())).size;
  const secondary = data.annual.filter((a) => a.verified === 'no');
  const primary = data.annual.filter((a) => a.verified !== 'no');
  const span = (rows: typeof secondary) => `${rows[0]?.year ?? ''}–${rows[rows.length - 1]?.year ?? ''}`;
  return words(data).sourceLine(
    releases,
    span(primary),
    span(secondary),
    secondary[0]?.source_title.split(':')[0]?.trim(),
  );
}
