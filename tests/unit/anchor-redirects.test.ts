import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { redirectHtml, redirectPages } from '~/lib/anchors/redirects.ts';

describe('redirect pages for moved pages in content/anchors.json', () => {
  const built = new Set(['/', '/the-report/', '/embed/the-report/', '/about/']);

  it('sends the old chapter URL and its embed to the new ones, under the base path', () => {
    expect(redirectPages({ '/bounty-report/': '/the-report/' }, built, '/sub/')).toEqual([
      { from: '/bounty-report/', to: '/sub/the-report/' },
      { from: '/embed/bounty-report/', to: '/sub/embed/the-report/' },
    ]);
  });

  it('leaves out id redirects, targets that were not built and old paths that still exist', () => {
    expect(
      redirectPages({ '/the-report/#old-step': 'new-step', '/gone/': '/nowhere/', '/about/': '/' }, built),
    ).toEqual([]);
  });

  it('is a page a reader can follow with or without the refresh', () => {
    const $ = load(redirectHtml('/sub/the-report/'));
    expect($('meta[http-equiv=refresh]').attr('content')).toBe('0; url=/sub/the-report/');
    expect($('link[rel=canonical]').attr('href')).toBe('/sub/the-report/');
    expect($('body a').attr('href')).toBe('/sub/the-report/');
    expect($('html').attr('lang')).toBe('en');
  });
});
