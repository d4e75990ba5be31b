export interface SourceEntry {
  id: string;
  publisher: string;
  title?: string;
  description?: string;
  authors?: string[];
  date?: string;
  url?: string;
  archived?: string;
  kind: string;
  language?: string;
}

/** Headings of the About page's source list, in the order a reader looks for them. */
export const KIND_LABELS: Record<string, string> = {
  'primary-document': 'Primary documents (treaties, laws, official records)',
  'official-statement': 'Official statements',
  'social-post': 'Social-media posts',
  'news-report': 'News reports',
  'secondary-aggregator': 'Aggregators, mirrors and secondary copies',
};

/** Sources grouped by kind (known kinds first, in KIND_LABELS order), each group newest first. */
export function groupByKind(sources: SourceEntry[]): { kind: string; label: string; sources: SourceEntry[] }[] {
  const kinds = [...Object.keys(KIND_LABELS), ...new Set(sources.map((s) => s.kind))].filter(
    (k, i, all) => all.indexOf(k) === i,
  );
  return kinds
    .map((kind) => ({
      kind,
      label: KIND_LABELS[kind] ?? kind,
      sources: sources
        .filter((s) => s.kind === kind)
        .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.publisher.localeCompare(b.publisher)),
    }))
    .filter((g) => g.sources.length > 0);
}
