import { describe, expect, it } from 'vitest';
import { lightTokens, resolveVars, stillStylesheet } from './share-style.ts';

const tokens = `
/* a comment with { braces } */
:root {
  --bg: #fff;
  --text: #111;
  --motion: 0;
}
@media (prefers-reduced-motion: no-preference) { :root { --motion: 1; } }
@media (prefers-color-scheme: dark) {
  :root { --bg: #000; --text: #eee; }
}`;

describe('share image stylesheet', () => {
  it('reads the light scheme, not the dark one or the motion switch', () => {
    expect(Object.fromEntries(lightTokens(tokens))).toEqual({ '--bg': '#fff', '--text': '#111', '--motion': '0' });
  });

  it('resolves tokens, fallbacks and nested vars, and names an unknown token', () => {
    const t = new Map([
      ['--a', '#123'],
      ['--b', 'var(--a)'],
    ]);
    expect(resolveVars('var(--b)', t)).toBe('#123');
    expect(resolveVars('1px solid var(--nope, red)', t)).toBe('1px solid red');
    expect(() => resolveVars('var(--nope)', t, 'x.css')).toThrow('x.css: var(--nope) is not a light-scheme token');
  });

  it('keeps the graphic’s rules with resolved colours and drops what only a page uses', () => {
    const css = `
      .g .mark, .g .mark:focus-visible { fill: var(--text); transition: opacity 1s; }
      .g .mark:focus-visible { outline: none; stroke: red; }
      @media print { .g .mark { fill: #000; } }
      @media (forced-colors: active) { .g text { fill: CanvasText; } }
      .g text { fill: var(--text); font-family: a, 'b c'; }`;
    expect(stillStylesheet(css, lightTokens(tokens), 'g.css')).toBe(
      ".g .mark{fill:#111}\n.g text{fill:#111;font-family:a, 'b c'}",
    );
  });
});
