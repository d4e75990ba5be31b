import { getContent } from './content.ts';
import { countData as countDataOf } from './crossref.ts';
import type { CountData } from './counts.ts';
import { buildDatasets, type Dataset } from './datasets.ts';
import type { Source } from './schemas.ts';

/** What <Count> counts: the one validated Content value the pages and downloads read. */
export const countData = (): CountData => countDataOf(getContent().located);

/** The download datasets, from the same Content value every page reads. */
export function datasets(): Dataset[] {
  const c = getContent();
  return buildDatasets({
    sources: c.sources,
    statements: c.statements,
    'deaths-2019': c.deaths2019,
    'deaths-annual': c.deathsAnnual,
    proposals: c.proposals,
    claims: c.claims,
    reports: c.reports,
  });
}

/** getStaticPaths for the per-dataset download endpoints. */
export function datasetPaths() {
  return datasets().map((dataset) => ({ params: { dataset: dataset.name }, props: { dataset } }));
}

/** One source by id (the content check guarantees every cited id exists). */
export const sourceById = (id: string): Source | undefined => getContent().sources.find((s) => s.id === id);
