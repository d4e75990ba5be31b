import { expect, it } from 'vitest';
import { parseMdx } from '~/lib/content/load.ts';
import { stepTitle } from '~/lib/reuse/step-title.ts';
import { stepTitles } from '~/lib/reuse/step-titles.ts';

it('titles a step by its first sentence, cut at a word', () => {
  expect(stepTitle('The Pentagon sorts deaths by another rule. It asks if a death was hostile.')).toBe(
    'The Pentagon sorts deaths by another rule.',
  );
  expect(stepTitle('He said “No.” Then he left.')).toBe('He said “No.”');
  expect(
    stepTitle('On 8 April 2019 a car bomb hit a US convoy near Bagram Airfield, killing three Marine reservists.', 40),
  ).toBe('On 8 April 2019 a car bomb hit a US…');
});

it('does not end a sentence at an initial or a short title', () => {
  expect(stepTitle('On 9 July Gen. Mark A. Milley spoke. Then more.')).toBe('On 9 July Gen. Mark A. Milley spoke.');
  expect(stepTitle('The U.S. Army said so. Later.')).toBe('The U.S. Army said so.');
});

it('finds the end of a Russian sentence, before a capital or a «', () => {
  expect(stepTitle('Газета попросила Кремль ответить. Дмитрий Песков сказал это.')).toBe(
    'Газета попросила Кремль ответить.',
  );
  expect(stepTitle('Он сказал: «Нет». «Да», — ответили ему.')).toBe('Он сказал: «Нет».');
});

const chapter = (body: string) => parseMdx(`---\n---\n${body}`, 'x.mdx', 'chapters/x.mdx', []).tree;

it('reads each step once, in reading order, with quotes, counts and no footnote numbers', () => {
  const tree = chapter(
    [
      '<Scrolly id="s" graphic="g">',
      '<Step id="first-step" state="a">',
      '',
      'We know <Count of="deaths-2019" where="named" value={21} /> names.[^n] It said <q>no</q>. More.',
      '',
      '</Step>',
      '<Step state="b" id="second">',
      '',
      'Мы знаем <Count of="deaths-2019" where="named" value={21} forms="имя|имени|имён" />. Ещё.',
      '',
      '</Step>',
      '<Step id="first-step" state="c" />',
      '</Scrolly>',
      '',
      '[^n]: A note. <Src id="x" />',
    ].join('\n'),
  );
  expect(stepTitles(tree, 'en')).toEqual([
    { id: 'first-step', title: 'We know 21 names.' },
    { id: 'second', title: 'Мы знаем 21 имя.' },
  ]);
  const quoted = chapter('<Step id="q" state="a">\n\nHe said <q>no, never</q>. Then.\n\n</Step>');
  expect(stepTitles(quoted, 'en')[0]!.title).toBe('He said “no, never”.');
  expect(stepTitles(quoted, 'ru')[0]!.title).toBe('He said «no, never».');
});

it('prints an apostrophe as the page does', () => {
  const tree = chapter('<Step id="a" state="a">\n\nThe Pentagon\'s records. More.\n\n</Step>');
  expect(stepTitles(tree, 'en')[0]!.title).toBe('The Pentagon’s records.');
});
