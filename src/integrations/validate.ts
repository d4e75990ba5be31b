import { graphicStates } from '../graphics/registry.ts';
import { toContent } from '../lib/content/content.ts';
import { checkContent, type Problem } from '../lib/content/crossref.ts';
import { loadContent, type LoadedContent } from '../lib/content/load.ts';

/**
 * What the build checks before anything renders: parse content/ once, then cross-check it, with the
 * graphics' state names for <Step state> (lib/ cannot know them). Tests call this same function.
 */
export function validateForBuild(root: string): { located: LoadedContent; problems: Problem[] } {
  const { content: located, problems } = loadContent(root);
  let states: Map<string, string[] | undefined> | undefined;
  try {
    // The graphics' states depend on their data; broken data is reported by the check below.
    if (problems.length === 0) states = graphicStates(toContent(root, located));
  } catch {
    states = undefined;
  }
  return { located, problems: [...problems, ...checkContent(located, states ? { graphicStates: states } : {})] };
}
