import { parseCsv as parseCsvTable } from '../../lib/content/csv.ts';

/**
 * The research CSVs as one record per data row keyed by the header row. The RFC 4180 reader is the
 * content model's (src/lib/content/csv.ts), which the build's content check has already run over these files.
 */
export function parseCsv(text: string): Record<string, string>[] {
  return parseCsvTable(text).records.map((r) => r.values);
}
