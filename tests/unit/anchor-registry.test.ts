import { describe, expect, it } from 'vitest';
import {
  applyRedirects,
  missingAnchors,
  publicIdsOfHtml,
  withNewAnchors,
  type Registry,
} from '~/lib/anchors/registry.ts';

const registry: Registry = {
  pages: { '/the-report/': ['fn-a', 'step-1'], '/data/statements.csv': [] },
  redirects: {},
};

describe('public ids', () => {
  it('are the sections, steps, statements and footnotes, not internal wiring', () => {
    const html = `<main id="main"><section id="s"><h2 id="h">H</h2><div data-step id="step-1"></div>
      <span id="tooltip"></span><section data-footnotes><ol><li id="fn-a"></li></ol></section></section></main>`;
    expect(publicIdsOfHtml(html)).toEqual(['fn-a', 'h', 's', 'step-1']);
  });
});

describe('missing anchors', () => {
  it('pass when every registered id is still built', () => {
    expect(missingAnchors(registry, { '/the-report/': ['fn-a', 'step-1', 'new'], '/data/statements.csv': [] })).toEqual(
      [],
    );
  });

  it('name the page and id that disappeared', () => {
    expect(missingAnchors(registry, { '/the-report/': ['fn-a'], '/data/statements.csv': [] })).toEqual([
      '/the-report/#step-1: a published anchor disappeared (restore it, or add a redirect "/the-report/#step-1": "<new id>")',
    ]);
    expect(missingAnchors(registry, { '/the-report/': ['fn-a', 'step-1'] })[0]).toMatch(
      /^\/data\/statements.csv: the page is gone/,
    );
  });

  it('accept a renamed id only with a redirect to an id that exists', () => {
    const renamed = { ...registry, redirects: { '/the-report/#step-1': 'step-one' } };
    expect(missingAnchors(renamed, { '/the-report/': ['fn-a', 'step-one'], '/data/statements.csv': [] })).toEqual([]);
    expect(missingAnchors(renamed, { '/the-report/': ['fn-a'], '/data/statements.csv': [] })[0]).toContain(
      'its redirect target #step-one is missing too',
    );
  });
});

it('grows the registry without ever dropping an id', () => {
  const grown = withNewAnchors(registry, { '/the-report/': ['step-2'], '/about/': ['method'] });
  expect(grown.pages['/the-report/']).toEqual(['fn-a', 'step-1', 'step-2']);
  expect(grown.pages['/about/']).toEqual(['method']);
});

it('keeps a redirected id working by placing it before its new target', () => {
  const html = '<html><body><div data-step id="step-one">x</div></body></html>';
  const out = applyRedirects(html, '/the-report/', { '/the-report/#step-1': 'step-one' });
  expect(out).toContain(
    '<span id="step-1" data-redirect-to="step-one" aria-hidden="true"></span><div data-step id="step-one">',
  );
  expect(applyRedirects(html, '/other/', { '/the-report/#step-1': 'step-one' })).toBe(html);
});
