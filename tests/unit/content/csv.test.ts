import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '~/lib/content/csv.ts';

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const t = parseCsv('a,b,c\n1,"x, y","say ""hi"""\n2,"two\nlines",z\n');
    expect(t.problems).toEqual([]);
    expect(t.records.map((r) => r.values)).toEqual([
      { a: '1', b: 'x, y', c: 'say "hi"' },
      { a: '2', b: 'two\nlines', c: 'z' },
    ]);
  });

  it('numbers records by the line they start on, counting line breaks inside quotes', () => {
    const t = parseCsv('a,b\r\n"1\n1",x\r\n2,y\r\n');
    expect(t.records.map((r) => r.line)).toEqual([2, 4]);
  });

  it('reports a row with the wrong number of fields by its line', () => {
    const t = parseCsv('a,b,c\n1,2,3\n4,5\n');
    expect(t.problems).toEqual([{ line: 3, message: 'has 2 fields but the header has 3' }]);
    expect(t.records).toHaveLength(1);
  });

  it('reports an unclosed quote at the line where it opens', () => {
    expect(parseCsv('a,b\n1,"open\n2,3\n').problems).toEqual([
      { line: 2, message: 'opens a quoted field that is never closed' },
    ]);
  });

  it('reports a stray quote inside an unquoted field', () => {
    expect(parseCsv('a,b\n1,x"y\n').problems[0]?.line).toBe(2);
  });

  it('keeps empty fields and ignores the final line break', () => {
    expect(parseCsv('a,b,c\n1,,\n').records.map((r) => r.values)).toEqual([{ a: '1', b: '', c: '' }]);
  });

  it('round-trips through toCsv', () => {
    const rows = [['x, y', 'say "hi"', 'two\nlines']];
    const t = parseCsv(toCsv(['a', 'b', 'c'], rows));
    expect(t.records.map((r) => Object.values(r.values))).toEqual(rows);
  });

  it('reads the project CSVs without problems, keeping every column', () => {
    const t = parseCsv(readFileSync('content/data/deaths-2019.csv', 'utf8'));
    expect(t.problems).toEqual([]);
    expect(t.header).toHaveLength(16);
    expect(t.records).toHaveLength(23);
  });
});
