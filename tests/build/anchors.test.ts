import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { publicIds, type Registry } from '~/lib/anchors/registry.ts';
import { htmlPages } from './dist.ts';

it('records every public id of the built site in content/anchors.json (run `npm run anchors`)', () => {
  const registry = JSON.parse(readFileSync('content/anchors.json', 'utf8')) as Registry;
  const unrecorded = htmlPages()
    // Embeds (either edition) are frames, not link targets; the anchor registry skips them too.
    .filter((p) => !/^(\/ru)?\/embed\//.test(p.path) && p.path !== '/404')
    .flatMap((p) =>
      publicIds(p.$)
        .filter((id) => !registry.pages[p.path]?.includes(id))
        .map((id) => `${p.path}#${id}`),
    );
  expect(unrecorded).toEqual([]);
});
