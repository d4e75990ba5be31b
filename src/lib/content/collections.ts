import { getCollection } from 'astro:content';
import type { CountData } from './counts.ts';
import { buildDatasets, type Dataset, type DatasetInput } from './datasets.ts';

const inFileOrder = <D extends { position: number }>(entries: { data: D }[]): D[] =>
  entries.sort((a, b) => a.data.position - b.data.position).map((e) => e.data);

/** The data collections as plain arrays, in file order. */
async function collectionData(): Promise<DatasetInput> {
  const [sources, statements, deaths2019, deathsAnnual, proposals, claims, reports] = await Promise.all([
    getCollection('sources'),
    getCollection('statements'),
    getCollection('deaths-2019'),
    getCollection('deaths-annual'),
    getCollection('proposals'),
    getCollection('claims'),
    getCollection('reports'),
  ]);
  return {
    sources: inFileOrder(sources),
    statements: inFileOrder(statements),
    'deaths-2019': inFileOrder(deaths2019),
    'deaths-annual': inFileOrder(deathsAnnual),
    proposals: inFileOrder(proposals),
    claims: inFileOrder(claims),
    reports: inFileOrder(reports),
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
