import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFile } from '~/lib/security/headers.ts';
import { serve } from '../../../tools/serve.ts';

/** A tiny site with the build's own _headers rules, served by the local server as `npm start` does. */
let root: string;
let server: Server;
let origin: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'serve-'));
  for (const dir of ['about', 'embed/about', '_astro']) mkdirSync(join(root, dir), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<p>home');
  writeFileSync(join(root, 'about/index.html'), '<p>about');
  writeFileSync(join(root, 'embed/about/index.html'), '<p>embed');
  writeFileSync(join(root, '_astro/app.js'), 'export {}');
  writeFileSync(join(root, '404.html'), '<p>not found');
  writeFileSync(join(root, '_headers'), headersFile(['/', '/about/']));
  ({ server, url: origin } = await serve({ root, port: 0 }));
  origin = new URL(origin).origin;
});

afterAll(async () => {
  await new Promise((done) => server?.close(done));
  rmSync(root, { recursive: true, force: true });
});

/** A raw request: `path` goes on the request line exactly as written (fetch would normalise it). */
function get(path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined> }> {
  return new Promise((done, fail) => {
    const { hostname, port } = new URL(origin);
    const req = request({ host: hostname, port, path }, (res) => {
      res.resume();
      res.on('end', () => done({ status: res.statusCode!, headers: res.headers }));
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`no answer to ${path}`)));
    req.on('error', fail);
    req.end();
  });
}

const frameAncestors = (csp: unknown) => /frame-ancestors ([^;]+)/.exec(String(csp))?.[1];

describe('the local server', () => {
  it.each(['/%E0%A4%A', '/about/%', '/%00/'])(
    'answers the malformed path %s with 400 and keeps serving',
    async (path) => {
      expect((await get(path)).status).toBe(400);
      expect((await get('/about/')).status).toBe(200);
    },
  );

  it.each(['//evil.example/about', '/.//about', '//about', '/\\about', '/.//\\about', '/./\\/about'])(
    'never redirects %s to another host',
    async (path) => {
      const { status, headers } = await get(path);
      if (status >= 300 && status < 400) expect(new URL(headers.location as string, origin + path).origin).toBe(origin);
    },
  );

  it('still adds the trailing slash on its own host', async () => {
    const { status, headers } = await get('/about?x=1');
    expect(status).toBe(301);
    expect(headers.location).toBe('/about/?x=1');
  });

  it("sends the _headers rules: pages refuse other sites' frames, embeds accept them", async () => {
    const page = await get('/about/');
    expect(frameAncestors(page.headers['content-security-policy'])).toBe("'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    const embed = await get('/embed/about/');
    expect(frameAncestors(embed.headers['content-security-policy'])).toBe('*');
    expect((await get('/_astro/app.js')).headers['cache-control']).toContain('immutable');
    expect((await get('/about/')).headers['cache-control']).toBe('no-cache');
  });
});
