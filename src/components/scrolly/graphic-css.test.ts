import { expect, it } from 'vitest';
import { cssFor, figureCss, graphicStyles } from './graphic-css.ts';

it('gives a figure file the colour tokens of both schemes, the text rule and its own graphic’s styles', () => {
  const css = figureCss('statements-timeline');
  expect(css).toContain('--c-us-press:#0a62a3');
  expect(css).toMatch(/@media \(prefers-color-scheme: ?dark\)\{:root\{[^}]*--c-us-press:#6cb6f0/);
  expect(css).toContain('.graphic text{fill:var(--text)');
  expect(css).toContain('.graphic-statements-timeline .node{');
  expect(css).not.toContain('.graphic-toll-2019');
  expect(css).not.toContain('/*');
});

it('finds the engine’s test graphic’s styles in its fixture folder, so fixture pages are styled the same way', () => {
  expect(graphicStyles('demo')).toContain('.graphic-demo .bar{fill:var(--c-neutral);}');
  expect(graphicStyles('no-such-graphic')).toBe('');
});

const CSS =
  ':root{color-scheme:light dark;--text:#111;--muted:#555;--unused:#f00;--ink:var(--text)}' +
  '@media (prefers-color-scheme: dark){:root{--text:#eee;--unused:#0f0}}' +
  '.graphic text{fill:var(--text)}.g .label{fill:var(--ink)}.g .other{fill:var(--muted)}' +
  '.g :is(.headline, .absent){font-weight:600}.g .mark:not(.absent){stroke:red}' +
  '@media (prefers-reduced-motion: no-preference){.g .other{opacity:.5}}';

it('keeps the rules a drawing’s classes can match, and the custom properties they read', () => {
  const css = cssFor(CSS, new Set(['graphic', 'g', 'label', 'headline', 'mark']));
  expect(css).toContain('.graphic text{fill:var(--text)}');
  expect(css).toContain('.g .label{fill:var(--ink)}');
  // One class of an :is() list is enough; a :not() never rules a rule out.
  expect(css).toContain('.g :is(.headline, .absent){font-weight:600}');
  expect(css).toContain('.g .mark:not(.absent){stroke:red}');
  // --ink reads --text: both stay, in both schemes; the colour scheme stays.
  expect(css).toContain(':root{color-scheme:light dark;--text:#111;--ink:var(--text)}');
  expect(css).toContain('@media (prefers-color-scheme: dark){:root{--text:#eee}}');
  // No element has .other: its rules, the block they leave empty and --muted go.
  expect(css).not.toMatch(/\.other|--muted|--unused|reduced-motion/);
});
