import type { APIRoute } from 'astro';
import { datasetPaths } from '~/lib/content/collections.ts';
import { datasetCsv, type Dataset } from '~/lib/content/datasets.ts';

export const getStaticPaths = datasetPaths;

export const GET: APIRoute<{ dataset: Dataset }> = ({ props }) =>
  new Response(datasetCsv(props.dataset), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
