/**
 * The step ids of a chapter, read from its MDX source (`<Step id="…">`), in reading order. The embed
 * box offers them as starting points and the embed page accepts only these in `?step=`.
 */
export function stepIds(mdxBody: string): string[] {
  const ids: string[] = [];
  for (const m of mdxBody.matchAll(/<Step\b[^>]*?\bid=["']([a-z0-9]+(?:-[a-z0-9]+)*)["']/g)) {
    if (!ids.includes(m[1]!)) ids.push(m[1]!);
  }
  return ids;
}
