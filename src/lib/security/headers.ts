/**
 * Response headers for static hosts that read a `_headers` file (Netlify, Cloudflare Pages).
 * Both hosts merge every rule that matches a path, and two CSP headers are both enforced, so a
 * site-wide `frame-ancestors 'self'` would also block the embeds. Each non-embed page therefore gets
 * its own rule, generated from the list of built pages.
 */
export const BASE_CSP = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

export const COMMON_HEADERS: Record<string, string> = {
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

function rule(path: string, headers: Record<string, string>): string {
  return [path, ...Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`)].join('\n');
}

/**
 * The header policy leaves scripts and styles to each page's <meta> policy (BASE_CSP plus the hashes
 * of that page's inline scripts, and 'wasm-unsafe-eval' on the search page only): a browser enforces
 * both policies, and a host file cannot know the hashes, so a header `default-src` would block them.
 */
const HEADER_CSP = BASE_CSP.filter((d) => !d.startsWith('default-src'));

/** `pages` are site paths with trailing slashes ("/", "/about/"); embeds live under `${base}embed/`. */
export function headersFile(pages: string[], base = '/'): string {
  const csp = (ancestors: string) => [...HEADER_CSP, `frame-ancestors ${ancestors}`].join('; ');
  return [
    '# Generated at build time by src/pages/[hostfile].ts; see README "Deploy".',
    rule(`${base}*`, COMMON_HEADERS),
    ...pages.map((p) => rule(p, { 'Content-Security-Policy': csp("'self'") })),
    '# Chapters are embedded by teachers on any site (LMS, Google Sites, WordPress).',
    rule(`${base}embed/*`, { 'Content-Security-Policy': csp('*') }),
    rule(`${base}_astro/*`, { 'Cache-Control': 'public, max-age=31536000, immutable' }),
    rule(`${base}_files/*`, { 'Cache-Control': 'public, max-age=31536000, immutable' }),
    '',
  ].join('\n\n');
}
