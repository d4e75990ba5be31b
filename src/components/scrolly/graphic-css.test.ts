import { expect, it } from 'vitest';
import { figureCss, graphicStyles } from './graphic-css.ts';

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
