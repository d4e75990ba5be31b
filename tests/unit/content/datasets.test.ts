import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '~/lib/content/csv.ts';
import { buildDatasets, datasetCsv, datasetJson, DATASET_NAMES } from '~/lib/content/datasets.ts';
import { loadContent } from '~/lib/content/load.ts';

const { content } = loadContent(resolve('content'));
const values = <T>(list: { value: T }[]) => list.map((l) => l.value);
const all = buildDatasets({
  sources: values(content.sources),
  statements: values(content.statements),
  'deaths-2019': values(content.deaths2019) as never,
  'deaths-annual': values(content.deathsAnnual) as never,
  proposals: values(content.proposals),
  claims: values(content.claims),
  reports: values(content.reports),
});
const byName = (n: string) => all.find((d) => d.name === n)!;
const meta = { licence: 'CC BY 4.0', licenceUrl: 'https://creativecommons.org/licenses/by/4.0/', publisher: 'test' };

describe('data downloads', () => {
  it('offers every dataset once', () => {
    expect(all.map((d) => d.name).sort()).toEqual([...DATASET_NAMES].sort());
  });

  it('writes CSV a spreadsheet reads back row for row, with source columns', () => {
    for (const d of all) {
      const t = parseCsv(datasetCsv(d));
      expect(t.problems, d.name).toEqual([]);
      expect(t.records).toHaveLength(d.rows.length);
      if (d.name !== 'sources')
        expect(t.header).toEqual(expect.arrayContaining(['source_ids', 'source_citations', 'source_urls']));
    }
  });

  it('keeps all 23 deaths, both unidentified rows and their verified flags', () => {
    const t = parseCsv(datasetCsv(byName('deaths-2019')));
    expect(t.records).toHaveLength(23);
    expect(t.records.filter((r) => r.values.verified === 'no').map((r) => r.values.id)).toEqual([
      'unidentified-1',
      'unidentified-2',
    ]);
  });

  it('cites the original publisher in the statements download', () => {
    const t = parseCsv(datasetCsv(byName('statements')));
    const nyt = t.records.find((r) => r.values.id === '2020-06-26-new-york-times');
    expect(nyt?.values.source_urls).toContain(
      'https://www.nytimes.com/2020/06/26/us/politics/russia-afghanistan-bounties.html',
    );
    expect(nyt?.values.source_citations).toContain(
      'The New York Times, “Russia Secretly Offered Afghan Militants Bounties to Kill U.S. Troops, Intelligence Says”, 26 June 2020',
    );
  });

  it('states the licence in every JSON download and expands sources', () => {
    const json = JSON.parse(datasetJson(byName('claims'), meta)) as {
      licence: string;
      records: { sources: { id: string; citation: string }[] }[];
    };
    expect(json.licence).toBe('CC BY 4.0');
    expect(json.records[0]?.sources[0]?.citation).toMatch(/^The New York Times, /);
  });
});

describe('public downloads carry no internal research index', () => {
  it('has no research column in any CSV and no research field in any JSON record', () => {
    for (const d of all) {
      expect(parseCsv(datasetCsv(d)).header, d.name).not.toContain('research');
      expect(datasetJson(d, meta), d.name).not.toMatch(/"research"\s*:/);
    }
  });
  it('keeps the research index in content/ (the site still checks against it)', () => {
    expect(content.statements.every((s) => s.value.research.length > 0)).toBe(true);
  });
});
