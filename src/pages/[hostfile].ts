import type { APIRoute, GetStaticPaths } from 'astro';
import { headersFile } from '~/lib/security/headers.ts';

// Astro skips files whose names start with "_", so `_headers` is produced through a parameter.
export const getStaticPaths = (() => [{ params: { hostfile: '_headers' } }]) satisfies GetStaticPaths;

/** Every HTML page of the site except embeds, from Astro's own page modules. */
const pageModules = import.meta.glob('./**/*.astro');

export const GET: APIRoute = async () => {
  const { getCollection } = await import('astro:content');
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const staticPages = Object.keys(pageModules)
    .filter((f) => !f.includes('[') && !f.startsWith('./embed/') && !f.startsWith('./404'))
    .map(
      (f) =>
        base +
        f
          .replace(/^\.\//, '')
          .replace(/(index)?\.astro$/, '')
          .replace(/([^/])$/, '$1/'),
    );
  const chapters = (await getCollection('chapters')).map((c) => `${base}${c.data.slug}/`);
  return new Response(headersFile([...new Set([...staticPages, ...chapters])].sort(), base));
};
