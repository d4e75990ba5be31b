import { parseCsv } from '../shared/csv.ts';
import type { AnnualDeaths, Death2019, YesNo } from './types.ts';

const UNIDENTIFIED = /^UNIDENTIFIED\b/i;

export function isNamed(death: Pick<Death2019, 'name'>): boolean {
  return !UNIDENTIFIED.test(death.name);
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function yesNo(value: string | undefined, column: string): YesNo {
  if (value === 'yes' || value === 'no') return value;
  throw new Error(`deaths-2019.csv › ${column}: expected yes or no, got "${value ?? ''}"`);
}

/** Rows of deaths-2019.csv with the ids the content model gives them (src/lib/content/load.ts deathId): date + name slug, or unidentified-<n>. */
export function parseDeaths(csv: string): Death2019[] {
  let unidentified = 0;
  return parseCsv(csv).map((r) => {
    const name = r['name'] ?? '';
    const date = r['date'] ?? '';
    const id = UNIDENTIFIED.test(name) ? `unidentified-${++unidentified}` : `${date}-${slug(name)}`;
    return {
      id,
      date,
      name,
      rank: r['rank'] ?? '',
      branch: r['branch'] ?? '',
      age: r['age'] ?? '',
      hometown: r['hometown'] ?? '',
      unit: r['unit'] ?? '',
      place: r['place'] ?? '',
      province: r['province'] ?? '',
      hostile: yesNo(r['hostile'], 'hostile'),
      cause: r['cause'] ?? '',
      source_url: r['source_url'] ?? '',
      source_title: r['source_title'] ?? '',
      verified: r['verified'] ?? '',
      counted_in_nyt_ap_20_combat: yesNo(r['counted_in_nyt_ap_20_combat'], 'counted_in_nyt_ap_20_combat'),
      notes: r['notes'] ?? '',
    };
  });
}

function optionalNumber(value: string | undefined): number | undefined {
  return value === undefined || value === '' ? undefined : Number(value);
}

export function parseAnnual(csv: string): AnnualDeaths[] {
  return parseCsv(csv).map((r) => ({
    year: Number(r['year']),
    total: Number(r['total']),
    hostile: optionalNumber(r['hostile']),
    non_hostile: optionalNumber(r['non_hostile']),
    source_url: r['source_url'] ?? '',
    source_title: r['source_title'] ?? '',
    verified: r['verified'] ?? '',
    notes: r['notes'] || undefined,
  }));
}
