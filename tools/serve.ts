/**
 * A dependency-free static server for dist/: `npm start` uses it on http://localhost:4321, and the
 * browser tests start it on 127.0.0.1 with a random port. It honours BASE_PATH so a sub-path deploy
 * can be tried locally, answers like a plain static host (directory index, 404 page), and sends the
 * headers of the root's `_headers` file as Netlify and Cloudflare Pages do (CSP frame-ancestors, …).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, readHeaderRules } from './host-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
};

export interface ServeOptions {
  root?: string;
  host?: string;
  port?: number;
  base?: string;
  /** Gzip text responses when the client accepts it (default), as static hosts do; false sends every byte as built. */
  gzip?: boolean;
  /** Send the root's `_headers` rules (default). False serves the files as a host without them would (GitHub Pages). */
  headers?: boolean;
}

/** The decoded path, or null when its percent-encoding is malformed (a 400, not a crash). */
function decodePath(urlPath: string): string | null {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return null;
  }
}

async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  const safe = normalize(urlPath).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(root, safe);
  if (!candidate.startsWith(root)) return null;
  try {
    const s = await stat(candidate);
    if (s.isDirectory()) {
      const index = join(candidate, 'index.html');
      await stat(index);
      return index;
    }
    return candidate;
  } catch {
    return null;
  }
}

export function serve(options: ServeOptions = {}): Promise<{ server: Server; url: string }> {
  const root = resolve(options.root ?? 'dist');
  const host = options.host ?? '127.0.0.1';
  const base = (options.base ?? '/').replace(/\/?$/, '/');
  const rules = readHeaderRules(root);

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = req.url ?? '/';
    // Parsed as a path on this host only: a request for "//evil.example/x" names no other host.
    const url = raw.startsWith('/') ? URL.parse(`http://local${raw}`) : null;
    const decoded = url && decodePath(url.pathname);
    if (!url || decoded === null || decoded.includes('\0')) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request');
      return;
    }
    if (options.headers !== false)
      for (const [name, values] of headersFor(rules, url.pathname)) res.setHeader(name, values);
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404).end('Not found');
      return;
    }
    const rel = '/' + decoded.slice(base.length);
    if (!rel.endsWith('/') && !extname(rel) && (await resolveFile(root, rel + '/'))) {
      // One leading slash: "//host/…" or "/\\host/…" in a Location header would send the reader off-site.
      const location = '/' + url.pathname.replace(/^[/\\]+/, '') + '/' + url.search;
      res.writeHead(301, { location }).end();
      return;
    }
    const file = await resolveFile(root, rel);
    if (!file) {
      const notFound = await resolveFile(root, '/404.html');
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      res.end(notFound ? await readFile(notFound) : 'Not found');
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    let body = await readFile(file);
    // Compress text as every static host does, so Lighthouse measures what readers download.
    const gzip =
      options.gzip !== false &&
      /text|json|xml|svg|javascript/.test(type) &&
      /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    if (gzip) body = gzipSync(body);
    res.writeHead(200, {
      'content-type': type,
      ...(res.hasHeader('cache-control') ? {} : { 'cache-control': 'no-cache' }),
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(body);
  }

  const server = createServer((req, res) => {
    // A request that trips an unforeseen error costs that request, never the server.
    answer(req, res).catch((error: unknown) => {
      console.error(`${req.method} ${req.url}:`, error);
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      done({ server, url: `http://${host}:${port}${base}` });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 4321);
  const { url } = await serve({
    host: process.env.HOST ?? 'localhost',
    port,
    base: process.env.BASE_PATH ?? '/',
    gzip: process.env.SERVE_GZIP !== '0',
  });
  console.log(`Serving dist/ at ${url} (Ctrl+C to stop)`);
}
