import { expect, it } from 'vitest';
import { load } from 'cheerio';
import { renderCard } from '~/components/scrolly/section-build.ts';

it('leads a quote card with the English, then the original words labelled with their language, marks not doubled', () => {
  const $ = load(
    renderCard({
      key: 'statement-x',
      speaker: 'Embassy',
      channel: 'Twitter',
      date: '27 Jun 2020',
      quote: 'Baseless accusations',
      originals: [{ text: '«Безосновательные обвинения»', lang: 'ru' }],
      summary: 'The embassy tweeted.',
      source: 'S',
    }),
  );
  const parts = $('figure.quote-card')
    .children()
    .map((_, el) => $(el).attr('class'))
    .get();
  expect(parts.indexOf('quote-card__quote')).toBeLessThan(parts.indexOf('quote-card__original'));
  expect($('.quote-card__original-label').text()).toBe('In the original Russian:');
  expect($('.quote-card__original [lang="ru"]').text()).toBe('«Безосновательные обвинения»');
  // The card's own marks are drawn by CSS on the English quote only (blockquote p::before/::after).
  expect($('.quote-card__original blockquote, .quote-card__original q')).toHaveLength(0);
});
