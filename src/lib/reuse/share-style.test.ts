import { describe, expect, it } from 'vitest';
import { lightTokens, resolveVars } from './share-style.ts';

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
});
