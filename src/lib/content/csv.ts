/**
 * A small RFC 4180 CSV reader: quoted fields may hold commas, doubled quotes and line breaks.
 * It reports problems with the line number an editor sees, rather than guessing past them.
 */
export interface CsvRecord {
  /** 1-based line on which the record starts (the header is line 1). */
  line: number;
  values: Record<string, string>;
}
export interface CsvProblem {
  line: number;
  column?: string;
  message: string;
}
export interface CsvTable {
  header: string[];
  records: CsvRecord[];
  problems: CsvProblem[];
}

interface RawRow {
  line: number;
  fields: string[];
}

function splitRows(text: string, problems: CsvProblem[]): RawRow[] {
  const rows: RawRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let afterQuote = false;
  let line = 1;
  let rowLine = 1;
  let quoteLine = 1;
  const endField = () => {
    fields.push(field);
    field = '';
    afterQuote = false;
  };
  const endRow = () => {
    endField();
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ line: rowLine, fields });
    fields = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
        afterQuote = true;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === '' && !afterQuote) {
      quoted = true;
      quoteLine = line;
    } else if (c === ',') {
      endField();
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
    } else {
      if (afterQuote || c === '"')
        problems.push({
          line,
          message:
            'has a stray quote: a field that contains quotes must be wrapped in quotes, with inner quotes doubled ("")',
        });
      field += c;
      afterQuote = false;
    }
  }
  if (quoted) problems.push({ line: quoteLine, message: 'opens a quoted field that is never closed' });
  endRow();
  return rows;
}

export function parseCsv(text: string): CsvTable {
  const problems: CsvProblem[] = [];
  const rows = splitRows(text.replace(/^\uFEFF/, ''), problems);
  const [head, ...body] = rows;
  const header = head?.fields ?? [];
  const records: CsvRecord[] = [];
  for (const row of body) {
    if (row.fields.length !== header.length) {
      problems.push({
        line: row.line,
        message: `has ${row.fields.length} fields but the header has ${header.length}`,
      });
      continue;
    }
    records.push({ line: row.line, values: Object.fromEntries(header.map((h, i) => [h, row.fields[i] ?? ''])) });
  }
  return { header, records, problems };
}

function quoteField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes rows as RFC 4180 CSV with CRLF line ends, quoting only where needed. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((r) => r.map(quoteField).join(',')).join('\r\n') + '\r\n';
}
