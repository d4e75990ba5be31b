import type { APIRoute } from 'astro';
import { datasetPaths } from '~/lib/content/collections.ts';
import { datasetJson, type Dataset } from '~/lib/content/datasets.ts';
import { SITE } from '~/lib/site.ts';

export const getStaticPaths = datasetPaths;

export const GET: APIRoute<{ dataset: Dataset }> = ({ props }) =>
  new Response(datasetJson(props.dataset, SITE), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
