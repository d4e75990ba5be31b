import { expect, it } from 'vitest';
import { prosePages } from './editorial.ts';

/**
 * A step card sits beside a half-height graphic on a phone: it must fit one screen. About 60 words is the
 * aim; longer context belongs in the prose between scrolly sections. (Footnote markers and their closed pop-ups are not words.)
 */
const MAX_WORDS = 65;

it(`keeps every step card to at most ${MAX_WORDS} words`, () => {
  const long: string[] = [];
  let steps = 0;
  for (const { path, $ } of prosePages()) {
    $('.scrolly-step__text').each((_, el) => {
      steps++;
      const card = $(el).clone();
      // Footnote pop-ups are closed until asked for: a reader does not see their words on the card.
      card.find('sup, .sr-only, [popover]').remove();
      const words = card.text().trim().split(/\s+/).filter(Boolean).length;
      if (words > MAX_WORDS) long.push(`${path}#${$(el).parent().attr('id')}: ${words} words`);
    });
  }
  expect(long).toEqual([]);
  expect(steps, 'no step cards found means the check is not running').toBeGreaterThan(20);
});
