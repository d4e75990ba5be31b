import { describe, expect, it } from 'vitest';
import { editionOf, htmlPages } from './dist.ts';

const pages = htmlPages();

describe.each(pages.map((p) => [p.path, p] as const))('page %s', (path, { $ }) => {
  it('declares its edition’s language (Russian under /ru/), a title, a description and a viewport', () => {
    expect($('html').attr('lang')).toBe(editionOf(path));
    expect($('head > title').text().trim().length).toBeGreaterThan(10);
    expect(($('meta[name="description"]').attr('content') ?? '').length).toBeGreaterThan(30);
    expect($('meta[name="viewport"]').attr('content')).toContain('width=device-width');
  });

  it('has one absolute canonical URL', () => {
    const canonical = $('link[rel="canonical"]');
    expect(canonical).toHaveLength(1);
    expect(canonical.attr('href')).toMatch(/^https?:\/\/[^/]+\//);
  });

  it('has exactly one h1, one main landmark, and a skip link to it wherever a site header comes first', () => {
    expect($('h1')).toHaveLength(1);
    expect($('main')).toHaveLength(1);
    // Embeds have no site header, so there is nothing to skip; every other page must offer the link.
    if ($('header.site-header').length) {
      const skip = $('a.skip-link').attr('href') ?? '';
      expect(skip, 'skip link').toMatch(/#/);
      expect($(`main${skip.replace(/^.*#/, '#')}`)).toHaveLength(1);
    }
  });

  it('uses each id once', () => {
    const ids = $('[id]')
      .map((_, el) => $(el).attr('id'))
      .get();
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
  });

  it('resolves every footnote reference to a footnote that links back', () => {
    $('a[data-footnote-ref], sup > a[href^="#"]').each((_, el) => {
      const ref = $(el);
      const target = (ref.attr('href') ?? '').slice(1);
      const note = $(`[id="${target}"]`);
      expect(note, `footnote #${target}`).toHaveLength(1);
      const refId = ref.attr('id');
      expect(refId, `reference to #${target} has an id to come back to`).toBeTruthy();
      expect(note.find(`a[href="#${refId}"]`), `#${target} links back to #${refId}`).toHaveLength(1);
    });
    $('[data-footnotes] li[id]').each((_, el) => {
      const id = $(el).attr('id');
      expect($(`a[href="#${id}"]`).length, `footnote #${id} is referenced`).toBeGreaterThan(0);
    });
  });
});

it('built at least the opening page', () => {
  expect(pages.map((p) => p.path)).toContain('/');
});
