import { expect, it } from 'vitest';
import { headersFile } from '~/lib/security/headers.ts';

function rules(text: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const block of text.split(/\n\n+/)) {
    const [path, ...lines] = block.split('\n').filter((l) => !l.startsWith('#'));
    if (path)
      map.set(
        path,
        lines.map((l) => l.trim()),
      );
  }
  return map;
}

it('lets any site frame the embeds and only the site itself frame other pages', () => {
  const r = rules(headersFile(['/', '/the-report/'], '/'));
  expect(r.get('/embed/*')?.join()).toContain('frame-ancestors *');
  expect(r.get('/the-report/')?.join()).toContain("frame-ancestors 'self'");
  // No rule that also matches /embed/… may carry a CSP (hosts merge matching rules; both would apply).
  for (const [path, lines] of r) {
    const matchesEmbed = path.endsWith('*') ? '/embed/x/'.startsWith(path.slice(0, -1)) : path === '/embed/x/';
    if (matchesEmbed && path !== '/embed/*') expect(lines.join()).not.toContain('Content-Security-Policy');
  }
  expect(r.get('/*')?.join()).toContain('X-Content-Type-Options: nosniff');
});

it('prefixes every rule with the base path', () => {
  const r = rules(headersFile(['/story/'], '/story/'));
  expect([...r.keys()]).toEqual(['/story/*', '/story/', '/story/embed/*', '/story/_astro/*', '/story/_files/*']);
});

it("leaves scripts to each page's meta policy, which knows its inline scripts' hashes", () => {
  const r = rules(headersFile(['/', '/search/', '/the-report/'], '/'));
  for (const path of ['/', '/search/', '/the-report/', '/embed/*']) {
    const csp = r.get(path)?.join() ?? '';
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/default-src|script-src|wasm/);
  }
});
