import type { APIRoute } from 'astro';
import { compileScript } from '~/lib/reuse/compile-script.ts';

/** /embed.js, the parent script of the embed snippet, at a URL that never changes (no hash). */
export const GET: APIRoute = async () =>
  new Response(await compileScript('src/client/embed/parent.ts'), {
    headers: { 'content-type': 'text/javascript; charset=utf-8' },
  });
