import { expect, it } from 'vitest';
import { syllables, textStats } from './readability.ts';

it('counts syllables of common words', () => {
  expect(syllables('cat')).toBe(1);
  expect(syllables('table')).toBe(2);
  expect(syllables('intelligence')).toBe(4);
  expect(syllables('reported')).toBe(3);
});

it('grades short plain sentences lower than long Latinate ones', () => {
  const plain = textStats('The cat sat on the mat. The dog ran to the park. We saw them both.');
  const dense = textStats(
    'The intelligence community subsequently characterised the preliminary assessments as insufficiently corroborated, notwithstanding considerable institutional disagreement regarding evidentiary standards.',
  );
  expect(plain.sentences).toBe(3);
  expect(plain.grade).toBeLessThan(3);
  expect(dense.grade).toBeGreaterThan(15);
});
