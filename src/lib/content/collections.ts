import { getCollection } from 'astro:content';
import { buildDatasets, type Dataset } from './datasets.ts';

const data = async <C extends 'sources' | 'statements' | 'deaths-2019' | 'deaths-annual' | 'proposals' | 'claims'>(c: C) =>
  (await getCollection(c)).map((e) => e.data);

/** The download datasets, from the same collections every page reads. */
export async function datasets(): Promise<Dataset[]> {
  return buildDatasets({
    sources: await data('sources'),
    statements: await data('statements'),
    'deaths-2019': await data('deaths-2019'),
    'deaths-annual': await data('deaths-annual'),
    proposals: await data('proposals'),
    claims: await data('claims'),
  });
}

/** getStaticPaths for the per-dataset download endpoints. */
export async function datasetPaths() {
  return (await datasets()).map((dataset) => ({ params: { dataset: dataset.name }, props: { dataset } }));
}
