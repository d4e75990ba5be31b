import { getCollection } from 'astro:content';
import type { CountData } from './counts.ts';
import { buildDatasets, type Dataset, type DatasetInput } from './datasets.ts';

/** The data collections as plain arrays, in file order. */
async function collectionData(): Promise<DatasetInput> {
  const [sources, statements, deaths2019, deathsAnnual, proposals, claims] = await Promise.all([
    getCollection('sources'),
    getCollection('statements'),
    getCollection('deaths-2019'),
    getCollection('deaths-annual'),
    getCollection('proposals'),
    getCollection('claims'),
  ]);
  return {
    sources: sources.map((e) => e.data),
    statements: statements.map((e) => e.data),
    'deaths-2019': deaths2019.map((e) => e.data),
    'deaths-annual': deathsAnnual.map((e) => e.data),
    proposals: proposals.map((e) => e.data),
    claims: claims.map((e) => e.data),
  };
}

/** What <Count> counts: the same collections the pages and downloads read. */
export const countData = (): Promise<CountData> => collectionData();

/** The download datasets, from the same collections every page reads. */
export async function datasets(): Promise<Dataset[]> {
  return buildDatasets(await collectionData());
}

/** getStaticPaths for the per-dataset download endpoints. */
export async function datasetPaths() {
  return (await datasets()).map((dataset) => ({ params: { dataset: dataset.name }, props: { dataset } }));
}
