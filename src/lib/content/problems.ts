import type { z } from 'astro/zod';

/** One thing wrong with the content, phrased for the editor who has to fix it. */
export interface Problem {
  /** Path as the editor knows it, e.g. content/data/statements.yaml. */
  file: string;
  /** The entry's id, or "row N" / "#N" where the entry has no usable id. */
  entry: string;
  field: string;
  message: string;
  fix: string;
}

/** "file › entry id › field: problem (fix: …)" — the one format every build failure uses. */
export function formatProblem(p: Problem): string {
  return `${p.file} › ${p.entry} › ${p.field}: ${p.message} (fix: ${p.fix})`;
}

export class ContentError extends Error {
  constructor(readonly problems: readonly Problem[]) {
    super(
      `Content check failed with ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
  }
}

function fixFor(issue: z.core.$ZodIssue, field: string): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.message.endsWith('received undefined')
        ? `add the required field "${field}"`
        : `write "${field}" as ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
    case 'invalid_value':
      return `use one of: ${issue.values.map(String).join(', ')}`;
    case 'unrecognized_keys':
      return `remove or rename ${issue.keys.join(', ')}`;
    default:
      return `change "${field}": it ${issue.message.replace(/^Invalid input: /, '')}`;
  }
}

/** Turns schema issues into problems that name the file, the entry and the field. */
export function problemsFromZod(error: z.ZodError, file: string, entry: string, fieldPrefix = ''): Problem[] {
  return error.issues.map((issue) => {
    // An unknown key is named itself: a misspelt `quoteOnly` must not silently vanish.
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    const field = [fieldPrefix, ...path.map(String)].filter(Boolean).join('.') || '(entry)';
    const message =
      issue.code === 'unrecognized_keys'
        ? `is not a known field${issue.keys.length > 1 ? ` (nor ${issue.keys.slice(1).join(', ')})` : ''}`
        : issue.code === 'invalid_value'
          ? 'is not a known value'
          : issue.message.endsWith('received undefined')
            ? 'is missing'
            : issue.message;
    return { file, entry, field, message, fix: fixFor(issue, field) };
  });
}
