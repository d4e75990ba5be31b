/**
 * Redirect pages for pages recorded as moved in content/anchors.json ("/old/": "/new/"). A static
 * host has no server rules we can rely on, so each old URL gets a small HTML page that sends the
 * reader on (meta refresh, and a plain link for everything that ignores it); a chapter's embed moves
 * with it, so iframes already pasted into other sites keep working.
 */
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function redirectHtml(to: string): string {
  const href = escape(to);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>This page has moved</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${href}">
<meta http-equiv="refresh" content="0; url=${href}">
</head>
<body>
<p>This page has moved to <a href="${href}">${href}</a>.</p>
</body>
</html>
`;
}

export interface RedirectPage {
  /** Site path of the old page, e.g. "/old-slug/" (written as old-slug/index.html). */
  from: string;
  /** Where it sends the reader, with the base path applied. */
  to: string;
}

/**
 * The redirect pages to write: page redirects (not "#id" ones) whose target was built and whose old
 * path was not, plus the matching /embed/ pages. `built` holds every built site path.
 */
export function redirectPages(
  redirects: Record<string, string>,
  built: ReadonlySet<string>,
  base = '/',
): RedirectPage[] {
  const withBase = (path: string) => `${base.replace(/\/$/, '')}${path}`;
  return Object.entries(redirects).flatMap(([from, to]) => {
    if (from.includes('#') || !from.endsWith('/') || !to.endsWith('/')) return [];
    const pairs: [string, string][] = [
      [from, to],
      [`/embed${from}`, `/embed${to}`],
    ];
    return pairs
      .filter(([old, target]) => built.has(target) && !built.has(old))
      .map(([old, target]) => ({ from: old, to: withBase(target) }));
  });
}
