import { describe, expect, it } from 'vitest';
import { headersFile } from '~/lib/security/headers.ts';
import { caddyConfig, headersFor, nginxConfig, parseHeaders } from '../../../tools/host-headers.ts';

const PAGES = ['/', '/about/', '/the-report/'];
const rules = parseHeaders(headersFile(PAGES));
const frameAncestors = (csp: string[] = []) => csp.map((c) => /frame-ancestors ([^;]+)/.exec(c)?.[1]);

/** The headers nginx sends for a URI: exact location first, else the longest `^~` prefix (nginx's order). */
function nginxHeaders(config: string, uri: string): Map<string, string[]> {
  const blocks = [...config.matchAll(/location (=|\^~) (\S+) \{\n([^}]*)\}/g)].map(([, kind, path, body]) => ({
    kind,
    path: path!,
    headers: [...body!.matchAll(/add_header (\S+) "((?:[^"\\]|\\.)*)" always;/g)].map(([, n, v]): [string, string] => [
      n!,
      v!,
    ]),
  }));
  const exact = blocks.find((b) => b.kind === '=' && b.path === uri);
  const prefix = blocks
    .filter((b) => b.kind === '^~' && uri.startsWith(b.path))
    .sort((a, b) => b.path.length - a.path.length)[0];
  const out = new Map<string, string[]>();
  for (const [n, v] of (exact ?? prefix)?.headers ?? []) out.set(n, [...(out.get(n) ?? []), v]);
  return out;
}

describe('_headers rules', () => {
  it('give pages frame-ancestors self, embeds *, and hashed assets a year of cache', () => {
    expect(frameAncestors(headersFor(rules, '/the-report/').get('Content-Security-Policy'))).toEqual(["'self'"]);
    expect(frameAncestors(headersFor(rules, '/embed/the-report/').get('Content-Security-Policy'))).toEqual(['*']);
    expect(headersFor(rules, '/_astro/a.js').get('Cache-Control')).toEqual(['public, max-age=31536000, immutable']);
    expect(headersFor(rules, '/the-report/').get('X-Content-Type-Options')).toEqual(['nosniff']);
  });

  it('rejects a header line outside any rule', () => {
    expect(() => parseHeaders('  X-Frame-Options: DENY\n')).toThrow(/outside a rule/);
  });
});

describe('the generated nginx configuration', () => {
  const config = nginxConfig(rules);
  // nginx serves "/x/" through an internal redirect to "/x/index.html": both must carry the headers.
  const uris = PAGES.flatMap((p) => [p, `${p}index.html`]);

  it.each(uris)('sends %s exactly the headers the _headers file gives it', (uri) => {
    expect(nginxHeaders(config, uri)).toEqual(headersFor(rules, uri.replace(/index\.html$/, '')));
  });

  it.each(['/embed/the-report/', '/embed/the-report/index.html', '/_astro/a.js', '/data/x.csv'])(
    'sends %s exactly the headers the _headers file gives it',
    (uri) => expect(nginxHeaders(config, uri)).toEqual(headersFor(rules, uri)),
  );
});

describe('the generated Caddy configuration', () => {
  it('names every rule of the file, page rules with their index.html', () => {
    const config = caddyConfig(rules);
    for (const p of PAGES) expect(config).toContain(`path ${p} ${p}index.html\n`);
    expect(config).toContain('path /embed/*\n');
    expect(config.match(/^header @rule\d+ \{$/gm)).toHaveLength(rules.length);
  });
});
