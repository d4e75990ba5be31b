import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
      payload: JSON.parse($(el).find('script[data-scrolly-payload]').text()) as ScrollyPayload,
    })),
);

it('finds the scrolly sections', () => {
  expect(sections.length).toBeGreaterThanOrEqual(12);
});

// The engine fetches the sticky graphic's states (src/client/scrolly/client.ts); the page keeps the rest.
it('gives every scrolled section a states file the build wrote, with each step’s state for both copies', () => {
  for (const { where, unrolled, states, payload } of sections) {
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
    for (const variant of LIVE_VARIANTS) {
      expect(new Set(live[variant].order), `${where} ${variant}`).toEqual(new Set(payload.steps.map((s) => s.state)));
    }
  }
});
