import { existsSync, readFileSync } from 'node:fs';
import { parseCsv } from './csv.ts';

/**
 * The numbers the story's prose quotes from the data files, so that prose and charts read the same
 * rows. content/data/*.csv are verbatim copies of the research CSVs; until the content helper's copies
 * land, the research originals are read instead (same bytes).
 */
const FILES = {
  'deaths-2019': ['content/data/deaths-2019.csv', '../shared/research/troop-deaths-2019.csv'],
  'deaths-annual': ['content/data/deaths-annual.csv', '../shared/research/troop-deaths-annual.csv'],
} as const;

export type Dataset = keyof typeof FILES;

const cache = new Map<Dataset, Record<string, string>[]>();

export function rows(dataset: Dataset): Record<string, string>[] {
  const hit = cache.get(dataset);
  if (hit) return hit;
  const file = FILES[dataset].find((f) => existsSync(f));
  if (!file) throw new Error(`Count › ${dataset}: no data file (looked for ${FILES[dataset].join(', ')})`);
  const parsed = parseCsv(readFileSync(file, 'utf8'));
  cache.set(dataset, parsed);
  return parsed;
}

/** Rows whose columns equal every value in `where` ("!x" means "not x"); "name~UNIDENTIFIED" means contains. */
export function count(dataset: Dataset, where: Record<string, string> = {}): number {
  return rows(dataset).filter((r) =>
    Object.entries(where).every(([k, v]) => {
      if (!(k in r)) throw new Error(`Count › ${dataset} › where: no column "${k}"`);
      const cell = r[k] ?? '';
      if (v.startsWith('!')) return cell !== v.slice(1);
      if (v.startsWith('~')) return cell.includes(v.slice(1));
      if (v.startsWith('^~')) return !cell.includes(v.slice(2));
      return cell === v;
    }),
  ).length;
}

/** One cell of the annual table, e.g. value('deaths-annual', '2019', 'hostile'). */
export function value(dataset: Dataset, year: string, field: string): number {
  const row = rows(dataset).find((r) => r.year === year);
  const cell = row?.[field];
  if (cell === undefined || cell === '') throw new Error(`Count › ${dataset} › ${year}.${field}: no value`);
  const n = Number(cell);
  if (!Number.isFinite(n)) throw new Error(`Count › ${dataset} › ${year}.${field}: "${cell}" is not a number`);
  return n;
}

/** The largest value of a column, and the year it belongs to. */
export function peak(dataset: Dataset, field: string): { year: string; value: number } {
  let best = { year: '', value: -Infinity };
  for (const r of rows(dataset)) {
    const n = Number(r[field]);
    if (r[field] !== '' && n > best.value) best = { year: r.year ?? '', value: n };
  }
  return best;
}
