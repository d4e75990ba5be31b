import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { serve } from '../../tools/serve.ts';

const FIXTURE = 'tests/fixtures/embed-host';
const SANDBOX = 'allow-scripts allow-same-origin allow-popups';

/**
 * Serves tests/fixtures/embed-host on 127.0.0.2 (another origin than the site on 127.0.0.1), with the
 * marker replaced by every chapter's embed code from dist/oembed/*.json. The code is rewritten only
 * to point at the test server instead of the production origin, and sandboxed like an LMS would.
 */
export async function serveEmbedHost(
  siteUrl: string,
  dist = 'dist',
): Promise<{ server: Server; url: string; slugs: string[] }> {
  const out = 'node_modules/.cache/embed-host';
  mkdirSync(out, { recursive: true });
  const files = readdirSync(join(dist, 'oembed')).filter((f) => f.endsWith('.json'));
  const snippets = files.map((f) => {
    const { html } = JSON.parse(readFileSync(join(dist, 'oembed', f), 'utf8')) as { html: string };
    const origin = new URL(/src="([^"]+)"/.exec(html)![1]!).origin + '/';
    return html.replaceAll(origin, siteUrl).replace('<iframe ', `<iframe sandbox="${SANDBOX}" `);
  });
  const page = readFileSync(join(FIXTURE, 'index.html'), 'utf8').replace('<!-- EMBEDS -->', snippets.join('\n'));
  writeFileSync(join(out, 'index.html'), page);
  copyFileSync(join(FIXTURE, 'other.html'), join(out, 'other.html'));
  const { server, url } = await serve({ root: out, host: '127.0.0.2', port: 0 });
  return { server, url, slugs: files.map((f) => f.replace(/\.json$/, '')) };
}
