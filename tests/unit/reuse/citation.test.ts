import { describe, expect, it } from 'vitest';
import { citations } from '~/lib/reuse/citation.ts';

const base = {
  title: 'What The New York Times reported',
  siteTitle: 'The bounty report, June 2020',
  publisher: 'The bounty-report explainer',
  url: 'https://example.org/the-report/',
};

describe('citations of a chapter updated after publication', () => {
  const c = citations({ ...base, published: new Date('2026-11-26'), updated: new Date('2027-01-05') });

  it('APA: organisation, (year, Month day), title, site, update, URL', () => {
    expect(c.apa).toBe(
      'The bounty-report explainer. (2026, November 26). What The New York Times reported. The bounty report, June 2020. Updated January 5, 2027. https://example.org/the-report/',
    );
  });

  it('MLA: quoted title, italic-free container, day Mon. year, update, URL', () => {
    expect(c.mla).toBe(
      'The bounty-report explainer. “What The New York Times reported.” The bounty report, June 2020, 26 Nov. 2026, updated 5 Jan. 2027, https://example.org/the-report/.',
    );
  });

  it('Chicago: "Last modified" date for an updated page', () => {
    expect(c.chicago).toBe(
      'The bounty-report explainer. “What The New York Times reported.” The bounty report, June 2020. Last modified January 5, 2027. https://example.org/the-report/.',
    );
  });

  it('BibTeX: a @misc entry with a stable key, both dates and the URL, special characters escaped', () => {
    expect(c.bibtex.split('\n')).toEqual([
      '@misc{thereport2026,',
      '  author = {{The bounty-report explainer}},',
      '  title = {What The New York Times reported},',
      '  howpublished = {The bounty report, June 2020},',
      '  year = {2026},',
      '  month = nov,',
      '  note = {Published 2026-11-26, updated 2027-01-05},',
      '  url = {https://example.org/the-report/},',
      '}',
    ]);
    expect(
      citations({ ...base, title: 'A & B {50%}', published: new Date('2026-11-26'), updated: new Date('2026-11-26') })
        .bibtex,
    ).toContain('title = {A \\& B \\{50\\%\\}}');
  });
});

it('leaves the update out when a chapter was never revised', () => {
  const c = citations({ ...base, published: new Date('2026-11-26'), updated: new Date('2026-11-26') });
  expect(c.apa).not.toContain('Updated');
  expect(c.mla).not.toContain('updated');
  expect(c.chicago).toContain('November 26, 2026.');
  expect(c.bibtex).toContain('note = {Published 2026-11-26},');
});
