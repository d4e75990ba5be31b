import { expect, it } from 'vitest';
import { cspHash } from '../../src/lib/security/csp-hash.ts';
import { htmlPages } from './dist.ts';

/**
 * Stylesheets are inlined into each page (astro.config.mjs), so the page's CSP <meta> must name every
 * <style> and inline <script> by its hash, or the browser drops it: the page renders unstyled or inert.
 * Astro hashes what it emits itself, but not a stylesheet that an MDX chapter imports on its own.
 * A style attribute needs its hash and 'unsafe-hashes' in style-src-attr; the pages have none now
 * (the step figures are images), and a policy allows no attribute it does not need.
 */
const pages = htmlPages();
const policy = ($: (typeof pages)[number]['$']) => {
  const csp = $('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
  return (name: string) => new RegExp(`(?:^|;)\\s*${name} ([^;]*)`).exec(csp)?.[1]?.split(/\s+/);
};

it('finds inline styles on every page', () => {
  expect(pages.filter((p) => p.$('style').length === 0).map((p) => p.path)).toEqual([]);
});

it.each(pages.map((p) => [p.path, p] as const))(
  '%s: every inline style and script is allowed by the page’s CSP',
  (_path, { $ }) => {
    const sources = policy($);
    const allowed = { style: sources('style-src') ?? [], script: sources('script-src') ?? [] };
    const refused: string[] = [];
    $('style, script:not([src])').each((_, el) => {
      const type = $(el).attr('type') ?? '';
      if (el.tagName === 'script' && type && type !== 'module') return; // data islands (JSON) do not run
      const text = $(el).text();
      if (!allowed[el.tagName as 'style' | 'script'].includes(`'${cspHash(text)}'`))
        refused.push(`<${el.tagName}> ${text.slice(0, 80)}`);
    });
    expect(refused).toEqual([]);
  },
);

it.each(pages.map((p) => [p.path, p] as const))(
  '%s: every style attribute is allowed by the page’s CSP, and the CSP allows no other',
  (_path, { $ }) => {
    const sources = policy($);
    const attr = sources('style-src-attr');
    // Without style-src-attr, style-src governs attributes too.
    const allowed = attr ?? sources('style-src') ?? [];
    const hashes = new Set(
      $('[style]')
        .map((_, el) => `'${cspHash($(el).attr('style') ?? '')}'`)
        .get(),
    );
    expect([...hashes].filter((h) => !allowed.includes(h) || !allowed.includes("'unsafe-hashes'"))).toEqual([]);
    expect((attr ?? []).filter((s) => s.startsWith("'sha") && !hashes.has(s))).toEqual([]);
    if (hashes.size === 0) expect(allowed).not.toContain("'unsafe-hashes'");
  },
);
