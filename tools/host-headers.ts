/**
 * Reads `dist/_headers` (the format Netlify and Cloudflare Pages read) and answers "which headers does
 * this path get", so the local server sends what those hosts send, and so the nginx and Caddy
 * configurations in the README are generated from the same rules instead of copied by hand.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface HeaderRule {
  /** A site path; `*` matches any rest of the path (slashes included), `:name` one segment. */
  pattern: string;
  headers: [name: string, value: string][];
}

export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers: a header line outside a rule or without a colon: ${line}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

export function readHeaderRules(root: string): HeaderRule[] {
  const file = join(root, '_headers');
  return existsSync(file) ? parseHeaders(readFileSync(file, 'utf8')) : [];
}

function patternRegExp(pattern: string): RegExp {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}

export function matches(pattern: string, path: string): boolean {
  return patternRegExp(pattern).test(path);
}

/**
 * Every header of every rule that matches, in file order. Both hosts apply all matching rules; a name
 * set by two rules is sent twice (two CSP headers are then both enforced), so values stay a list.
 */
export function headersFor(rules: HeaderRule[], path: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name, value] of rule.headers) out.set(name, [...(out.get(name) ?? []), value]);
  }
  return out;
}

const nginxString = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;

/** nginx matches `location`s after the index file is resolved, so "/x/" is also served as "/x/index.html". */
function nginxLocations(pattern: string): string[] {
  if (pattern.endsWith('*')) return [`^~ ${pattern.slice(0, -1)}`];
  return pattern.endsWith('/') ? [`= ${pattern}`, `= ${pattern}index.html`] : [`= ${pattern}`];
}

/**
 * nginx: a location inherits no add_header once it has its own, so each location lists the full merged
 * set for its paths. Exact locations win over prefixes; longer `^~` prefixes win over shorter ones,
 * which is what the merge needs as long as no exact path falls under a prefix with its own headers.
 */
export function nginxConfig(rules: HeaderRule[]): string {
  const lines = ['# Generated from dist/_headers by `npm run host-config -- nginx`. Inside your server { } block.'];
  for (const rule of rules) {
    const probe = rule.pattern.replace(/\*$/, 'x').replace(/:[A-Za-z]\w*/g, 'x');
    for (const location of nginxLocations(rule.pattern)) {
      lines.push(`location ${location} {`);
      for (const [name, values] of headersFor(rules, probe)) {
        for (const value of values) lines.push(`  add_header ${name} ${nginxString(value)} always;`);
      }
      lines.push('}');
    }
  }
  return lines.join('\n') + '\n';
}

/** Caddy: every matching `header` directive applies, exactly like _headers. */
export function caddyConfig(rules: HeaderRule[]): string {
  const lines = ['# Generated from dist/_headers by `npm run host-config -- caddy`. Inside your site block.'];
  rules.forEach((rule, i) => {
    const paths = rule.pattern.endsWith('/') ? `${rule.pattern} ${rule.pattern}index.html` : rule.pattern;
    lines.push(`@rule${i} path ${paths}`, `header @rule${i} {`);
    for (const [name, value] of rule.headers) lines.push(`  +${name} ${nginxString(value)}`);
    lines.push('}');
  });
  return lines.join('\n') + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const kind = process.argv[2];
  const rules = readHeaderRules(process.argv[3] ?? 'dist');
  if (!rules.length) {
    console.error('dist/_headers is missing or empty: run `npm run build` first.');
    process.exit(1);
  }
  if (kind === 'nginx') process.stdout.write(nginxConfig(rules));
  else if (kind === 'caddy') process.stdout.write(caddyConfig(rules));
  else {
    console.error('usage: npm run host-config -- nginx|caddy');
    process.exit(1);
  }
}
