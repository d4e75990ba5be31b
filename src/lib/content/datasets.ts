/**
 * The downloadable datasets (/data/<name>.csv and .json), built from the same collections the pages
 * read, so a download can never disagree with the site. Pure: the endpoints pass collection data in.
 */
import { citationText } from './cite.ts';
import { toCsv } from './csv.ts';
import type { AnnualDeaths, Claim, Death, Proposal, Report, Source, Statement } from './schemas.ts';

export interface DatasetInput {
  sources: readonly Source[];
  statements: readonly Statement[];
  'deaths-2019': readonly Death[];
  'deaths-annual': readonly AnnualDeaths[];
  proposals: readonly Proposal[];
  claims: readonly Claim[];
  reports: readonly Report[];
}
export type DatasetName = keyof DatasetInput;
export const DATASET_NAMES = [
  'statements',
  'deaths-2019',
  'deaths-annual',
  'proposals',
  'claims',
  'reports',
  'sources',
] as const satisfies readonly DatasetName[];

export interface Dataset {
  name: DatasetName;
  title: string;
  description: string;
  caveat?: string;
  columns: string[];
  rows: string[][];
  /** The entries as the site holds them, with each cited source expanded, for the JSON download. */
  records: unknown[];
}

type Cell = string | number | boolean | null | undefined;
const cell = (v: Cell): string => (v === null || v === undefined ? '' : String(v));
const LIST = '; ';

function sourceColumns(ids: readonly string[], byId: ReadonlyMap<string, Source>): string[] {
  const found = ids.map((id) => byId.get(id)).filter((s): s is Source => s !== undefined);
  return [ids.join(LIST), found.map(citationText).join(' | '), found.map((s) => s.url ?? '').join(LIST)];
}
const SOURCE_HEADERS = ['source_ids', 'source_citations', 'source_urls'];

function expand(ids: readonly string[], byId: ReadonlyMap<string, Source>) {
  return ids.map((id) => {
    const s = byId.get(id);
    return s ? { id, citation: citationText(s), url: s.url ?? null, archived: s.archived ?? null } : { id };
  });
}

function table<T>(
  items: readonly T[],
  spec: [string, (item: T) => Cell][],
  sources: (item: T) => readonly string[],
  byId: ReadonlyMap<string, Source>,
) {
  return {
    columns: [...spec.map(([h]) => h), ...SOURCE_HEADERS],
    rows: items.map((item) => [...spec.map(([, get]) => cell(get(item))), ...sourceColumns(sources(item), byId)]),
  };
}

/**
 * The index of research entries behind each row is how we check the content (content/data/research.yaml);
 * readers get the sources instead, so no download carries a `research` column or field.
 */
const INTERNAL = 'research';
function withoutInternal(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutInternal);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([k]) => k !== INTERNAL)
      .map(([k, v]) => [k, withoutInternal(v)]),
  );
}
function publicDataset(d: Dataset): Dataset {
  const keep = d.columns.map((c) => c !== INTERNAL);
  return {
    ...d,
    columns: d.columns.filter((_, i) => keep[i]),
    rows: d.rows.map((r) => r.filter((_, i) => keep[i])),
    records: d.records.map(withoutInternal),
  };
}

export function buildDatasets(input: DatasetInput): Dataset[] {
  return allDatasets(input).map(publicDataset);
}

function allDatasets(input: DatasetInput): Dataset[] {
  const byId = new Map(input.sources.map((s) => [s.id, s]));
  const withSources = <T extends { sources: readonly string[] }>(items: readonly T[]) =>
    items.map((i) => ({ ...i, sources: expand(i.sources, byId) }));
  const quotes = (s: Statement, english: boolean) =>
    s.quotes
      .filter((q) => (q.lang === 'en') === english)
      .map((q) => q.text)
      .join('\n');

  return [
    {
      name: 'statements',
      title: 'Who said what, when',
      description:
        'Public statements from 10 June 2020 to April 2021, with verbatim quotes, time where known, and the sources they come from.',
      ...table(
        input.statements,
        [
          ['id', (s) => s.id],
          ['date', (s) => s.date],
          ['time', (s) => s.time],
          ['tz', (s) => s.tz],
          ['precision', (s) => s.precision],
          ['time_note', (s) => s.timeNote],
          ['actor', (s) => s.actor],
          ['group', (s) => s.group],
          ['channel', (s) => s.channel],
          ['quotes_en', (s) => quotes(s, true)],
          ['quotes_original_language', (s) => quotes(s, false)],
          ['summary', (s) => s.summary],
          ['verification', (s) => s.verification],
          ['flag', (s) => s.flag],
          ['phase', (s) => s.phase],
          ['research', (s) => s.research.join(LIST)],
          ['summary_ru', (s) => s.ru.summary],
          ['actor_ru', (s) => s.ru.actor],
          ['time_note_ru', (s) => s.ru.timeNote],
        ],
        (s) => s.sources,
        byId,
      ),
      records: withSources(input.statements),
    },
    {
      name: 'deaths-2019',
      title: 'US military deaths in Afghanistan, 2019',
      description:
        'One row per death (23), as the Pentagon released names, ranks, units and places; every column of the source data file is kept.',
      caveat:
        'Two deaths are known only from running counts: their rows are unidentified placeholders with verified = no. The hostile column gives 18 "yes" against the Pentagon\'s 17 hostile deaths; which death the Pentagon counts differently is unresolved.',
      ...table(
        input['deaths-2019'],
        [
          ['id', (d) => d.id],
          ...(
            [
              'date',
              'name',
              'rank',
              'branch',
              'age',
              'hometown',
              'unit',
              'place',
              'province',
              'hostile',
              'cause',
              'source_url',
              'source_title',
              'verified',
              'counted_in_nyt_ap_20_combat',
              'notes',
            ] as const
          ).map((k) => [k, (d: Death) => d[k]] as [string, (d: Death) => Cell]),
        ],
        (d) => d.sources,
        byId,
      ),
      records: withSources(input['deaths-2019']),
    },
    {
      name: 'deaths-annual',
      title: 'US military deaths in Afghanistan by year, 2001–2020',
      description: 'Annual totals, with hostile deaths where a source gives them.',
      caveat:
        'Totals for 2001–2018 come from a secondary aggregator whose own source is not named (verified = no); hostile figures for those years come from other reports. Only 2019 and 2020 rest on the Defense Casualty Analysis System.',
      ...table(
        input['deaths-annual'],
        (['year', 'total', 'hostile', 'non_hostile', 'source_url', 'source_title', 'verified', 'notes'] as const).map(
          (k) => [k, (r: AnnualDeaths) => r[k]] as [string, (r: AnnualDeaths) => Cell],
        ),
        (r) => r.sources,
        byId,
      ),
      records: withSources(input['deaths-annual']),
    },
    {
      name: 'proposals',
      title: "The Republican Study Committee's Russia measures",
      description:
        'The measures of the RSC National Security Strategy (10 June 2020) as the press quoted them, and what became of each as far as sources show.',
      caveat: 'The full report could not be read; no source links any later measure to the report.',
      ...table(
        input.proposals,
        [
          ['id', (p) => p.id],
          ['kind', (p) => p.kind],
          ['label', (p) => p.label],
          ['wording', (p) => p.wording],
          ['wording_from', (p) => p.wordingFrom],
          ['outcome_status', (p) => p.outcome.status],
          ['outcome_date', (p) => p.outcome.date],
          ['outcome_summary', (p) => p.outcome.summary],
          ['outcome_source_ids', (p) => p.outcome.sources.join(LIST)],
          ['research', (p) => p.research.join(LIST)],
          ['label_ru', (p) => p.ru.label],
          ['outcome_summary_ru', (p) => p.ru.outcomeSummary],
        ],
        (p) => p.sources,
        byId,
      ),
      records: input.proposals.map((p) => ({
        ...p,
        sources: expand(p.sources, byId),
        outcome: { ...p.outcome, sources: expand(p.outcome.sources, byId) },
      })),
    },
    {
      name: 'claims',
      title: 'The ledger of claims',
      description: 'Each claim, who made it and when, the evidence offered, later assessments and its status now.',
      ...table(
        input.claims,
        [
          ['id', (c) => c.id],
          ['claim', (c) => c.claim],
          ['by', (c) => c.by],
          ['date', (c) => c.date],
          ['evidence', (c) => c.evidence],
          ['assessments', (c) => c.assessments.map((a) => `${a.date} — ${a.by}: ${a.text}`).join('\n')],
          ['status', (c) => c.status],
          ['research', (c) => c.research.join(LIST)],
          ['claim_ru', (c) => c.ru.claim],
          ['by_ru', (c) => c.ru.by],
        ],
        (c) => c.sources,
        byId,
      ),
      records: input.claims.map((c) => ({
        ...c,
        sources: expand(c.sources, byId),
        assessments: c.assessments.map((a) => ({ ...a, sources: expand(a.sources, byId) })),
      })),
    },
    {
      name: 'reports',
      title: 'Who reported what',
      description:
        'Press reports of 26 June – 3 July 2020 on the bounty story: which elements of the story each carried, and how many officials it cited, where a source says.',
      caveat: 'The number of officials is given only where a source states it; otherwise "not-stated".',
      ...table(
        input.reports,
        [
          ['id', (r) => r.id],
          ['outlet', (r) => r.outlet],
          ['date', (r) => r.date],
          ['elements', (r) => r.elements.map((e) => e.element).join(LIST)],
          ['element_summaries', (r) => r.elements.map((e) => `${e.element}: ${e.summary}`).join('\n')],
          ['element_source_ids', (r) => r.elements.map((e) => `${e.element}: ${e.sources.join(', ')}`).join(LIST)],
          ['officials_count', (r) => r.officials.count],
          ['officials_wording', (r) => r.officials.wording],
          ['statement', (r) => r.statement],
          ['research', (r) => [...new Set(r.elements.flatMap((e) => e.research))].join(LIST)],
        ],
        (r) => [...new Set([...r.elements.flatMap((e) => e.sources), ...r.officials.sources])],
        byId,
      ),
      records: input.reports.map((r) => ({
        ...r,
        elements: r.elements.map((e) => ({ ...e, sources: expand(e.sources, byId) })),
        officials: { ...r.officials, sources: expand(r.officials.sources, byId) },
      })),
    },
    {
      name: 'sources',
      title: 'Sources',
      description:
        "Every source the site cites: publisher, title, date, the original publisher's address, and where the text we read survives.",
      columns: [
        'id',
        'publisher',
        'title',
        'description',
        'authors',
        'date',
        'url',
        'archived',
        'kind',
        'language',
        'quote_only',
        'note',
        'research',
        'description_ru',
        'publisher_ru',
      ],
      rows: input.sources.map((s) =>
        [
          s.id,
          s.publisher,
          s.title,
          s.description,
          s.authors?.join(LIST),
          s.date,
          s.url,
          s.archived,
          s.kind,
          s.language,
          s.quoteOnly,
          s.note,
          s.research.join(LIST),
          s.ru?.description,
          s.ru?.publisher,
        ].map(cell),
      ),
      records: [...input.sources],
    },
  ];
}

export function datasetCsv(d: Dataset): string {
  return toCsv(d.columns, d.rows);
}

export function datasetJson(d: Dataset, meta: { licence: string; licenceUrl: string; publisher: string }): string {
  const { name, title, description, caveat, records } = d;
  return `${JSON.stringify({ name, title, description, ...(caveat ? { caveat } : {}), licence: meta.licence, licenceUrl: meta.licenceUrl, publisher: meta.publisher, count: records.length, records }, null, 2)}\n`;
}
