import { expect, it } from 'vitest';
import { idAsWords, stepTitle } from '~/lib/reuse/step-title.ts';

it('titles a step by its first sentence, without footnote numbers, cut at a word', () => {
  expect(stepTitle('The Pentagon sorts deaths by another rule. It asks if a death was hostile.')).toBe(
    'The Pentagon sorts deaths by another rule.',
  );
  expect(stepTitle('He said “No.”3 Then he left.')).toBe('He said “No.”');
  expect(
    stepTitle('On 8 April 2019 a car bomb hit a US convoy near Bagram Airfield, killing three Marine reservists.', 40),
  ).toBe('On 8 April 2019 a car bomb hit a US…');
  expect(idAsWords('toll-all-deaths')).toBe('Toll all deaths');
});
