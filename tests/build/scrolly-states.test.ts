import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'cheerio';
import { expect, it } from 'vitest';
import { DIST, htmlPages } from './dist.ts';
import { LIVE_VARIANTS, type LiveStates, type ScrollyPayload } from '~/lib/scrolly/payload.ts';

const sections = htmlPages().flatMap(({ path, $ }) =>
  $('[data-scrolly]')
    .toArray()
    .map((el) => ({
      where: `${path}#${$(el).attr('id')}`,
      unrolled: $(el).attr('data-scrolly-view') === 'all',
      states: $(el).attr('data-scrolly-states') ?? '',
      // The sticky graphic's copies as served: empty boxes, by width (their marks are fetched).
      copies: $(el)
        .find('.scrolly-graphic > svg')
        .map((_, svg) => ({ variant: $(svg).attr('class') ?? '', children: $(svg).children().length }))
        .get(),
      payload: JSON.parse($(el).find('script[data-scrolly-payload]').text()) as ScrollyPayload,
    })),
);

it('finds the scrolly sections', () => {
  expect(sections.length).toBeGreaterThanOrEqual(12);
});

// The engine fetches the sticky graphic's states (src/client/scrolly/client.ts); the page keeps the rest.
it('gives every scrolled section a states file the build wrote, with both copies’ marks and each step’s state; the page serves the copies empty', () => {
  for (const { where, unrolled, states, payload, copies } of sections) {
    expect(Object.keys(payload), where).not.toContain('live');
    // An unrolled section (embeds) never shows its live graphic, so it has nothing to fetch.
    if (unrolled) {
      expect(states, where).toBe('');
      continue;
    }
    const file = join(DIST, states);
    expect(states, where).toMatch(/^\/_files\/scrolly-[a-z0-9-]+\.[0-9a-f]{12}\.json$/);
    expect(existsSync(file), where).toBe(true);
    const live = JSON.parse(readFileSync(file, 'utf8')) as LiveStates;
    expect(
      copies.map((c) => c.children),
      where,
    ).toEqual([0, 0]);
    for (const variant of LIVE_VARIANTS) {
      expect(new Set(live[variant].order), `${where} ${variant}`).toEqual(new Set(payload.steps.map((s) => s.state)));
      expect(
        copies.filter((c) => c.variant.includes(`graphic--${variant}`)),
        `${where} ${variant}`,
      ).toHaveLength(1);
      // The copy's marks come with its states: every mark a state changes is drawn.
      const drawn = new Set(
        load(`<svg>${live[variant].marks}</svg>`, { xml: true })('[data-key]')
          .map((_, m) => m.attribs['data-key'])
          .get(),
      );
      const changed = live[variant].changes.flatMap((c) => Object.keys(c));
      expect(drawn.size, `${where} ${variant}`).toBeGreaterThan(0);
      expect(
        changed.filter((k) => !drawn.has(k)),
        `${where} ${variant}`,
      ).toEqual([]);
    }
  }
});
