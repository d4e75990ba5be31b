import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The browser files that take longest, longest first (seconds of one worker in a clean clone's
 * `npm test`, 2026-11-30: scrolly 83, pages 48, graphics 31, furniture 22). Without timings of its
 * own (every clean clone, so every CI run) vitest starts the largest files first; pages.test.ts is
 * a short file that loads every page twice, so it started halfway through and the step ended on it,
 * 15 s after the other workers (98 s; 93 s in this order). Every other file keeps vitest's order,
 * after these. (Starting the build project early as well ended later, at 104 s: its HTML checker
 * then competes with the longest browser files.)
 */
const LONGEST = ['scrolly.test.ts', 'pages.test.ts', 'graphics.test.ts', 'furniture.test.ts'].map(
  (name) => `/tests/browser/${name}`,
);

const rank = (spec: TestSpecification): number => {
  const i = LONGEST.findIndex((path) => spec.moduleId.endsWith(path));
  return i < 0 ? LONGEST.length : i;
};

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const order = await super.sort(files);
    return order
      .map((spec, at) => ({ spec, at }))
      .sort((a, b) => rank(a.spec) - rank(b.spec) || a.at - b.at)
      .map(({ spec }) => spec);
  }
}
