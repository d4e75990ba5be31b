/**
 * Unit-chart stacking: each item, in the given order, takes the lowest level at which it keeps at
 * least `minGap` from every item already on that level. Items on the same x stack; close x values
 * are lifted instead of overlapping, and nobody moves sideways off their true position.
 */
export function dodgeLevels(xs: readonly number[], minGap: number): number[] {
  const levels: number[][] = [];
  return xs.map((x) => {
    let level = levels.findIndex((placed) => placed.every((p) => Math.abs(p - x) >= minGap));
    if (level === -1) level = levels.push([]) - 1;
    levels[level]?.push(x);
    return level;
  });
}
