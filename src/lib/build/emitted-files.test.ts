import { expect, it } from 'vitest';
import { emitFile, emittedFiles } from './emitted-files.ts';

it('names a file by its content, so a chapter and its embed share one', () => {
  const a = emitFile('test-figure', 'svg', '<svg>a</svg>');
  expect(a).toMatch(/^\/_files\/test-figure\.[0-9a-f]{12}\.svg$/);
  expect(emitFile('test-figure', 'svg', '<svg>a</svg>')).toBe(a);
  expect(emitFile('test-figure', 'svg', '<svg>b</svg>')).not.toBe(a);
  expect(emittedFiles().get(a)).toBe('<svg>a</svg>');
});

it('refuses a stem that would not make a plain URL', () => {
  expect(() => emitFile('Step 3', 'json', '{}')).toThrow(/lower-case words/);
});
