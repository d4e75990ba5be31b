import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { parseDeaths } from '~/graphics/toll-2019/parse.ts';
import { loadContent } from '~/lib/content/load.ts';

// The toll graphic derives death ids itself; they must be the same permanent ids the content model publishes.
it('gives each 2019 death the same id in the graphic and in the content model', () => {
  const { content } = loadContent(resolve('content'));
  const graphic = parseDeaths(readFileSync(resolve('content/data/deaths-2019.csv'), 'utf8')).map((d) => d.id);
  expect(graphic).toEqual(content.deaths2019.map((d) => d.value.id));
});
