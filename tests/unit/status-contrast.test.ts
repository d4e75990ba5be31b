import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast } from '~/lib/contrast.ts';

const read = (f: string) => readFileSync(`src/styles/${f}`, 'utf8');
function tokens(css: string, marker: string): Record<string, string> {
  const start = css.indexOf(marker);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}
const base = read('tokens.css');
const status = read('status-tokens.css');
const DARK = '@media (prefers-color-scheme: dark)';

describe.each([
  ['light', { ...tokens(base, ':root {'), ...tokens(status, ':root {') }],
  ['dark', { ...tokens(base, ':root {'), ...tokens(base, DARK), ...tokens(status, DARK) }],
])('status colours, %s scheme', (_name, t) => {
  const names = Object.keys(t).filter((k) => k.startsWith('c-status-'));
  it('defines the five status colours', () => expect(names).toHaveLength(5));
  it.each(names)('--%s meets 3:1 on --bg and --surface', (name) => {
    expect(contrast(t[name]!, t.bg!)).toBeGreaterThanOrEqual(3);
    expect(contrast(t[name]!, t.surface!)).toBeGreaterThanOrEqual(3);
  });
});
