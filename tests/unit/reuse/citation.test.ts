import { describe, expect, it } from 'vitest';
import { citations, gostCitation, titleCase } from '~/lib/reuse/citation.ts';
import { SITE } from '~/lib/site.ts';

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
      'The bounty-report explainer. “What The New York Times Reported.” The bounty report, June 2020, 26 Nov. 2026, updated 5 Jan. 2027, https://example.org/the-report/.',
    );
  });

  it('Chicago: "Last modified" date for an updated page', () => {
    expect(c.chicago).toBe(
      'The bounty-report explainer. “What The New York Times Reported.” The bounty report, June 2020. Last modified January 5, 2027. https://example.org/the-report/.',
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

describe('one site name, title case for MLA and Chicago', () => {
  it('uses the same name for the site, its author and its publisher', () => {
    expect(SITE.publisher).toBe(SITE.title);
    expect(SITE.shortTitle).toBe(SITE.title);
  });

  it('names the site once when it is both author and website', () => {
    const c = citations({
      ...base,
      publisher: SITE.title,
      siteTitle: SITE.title,
      published: new Date('2026-11-26'),
      updated: new Date('2026-11-26'),
    });
    expect(c.apa).toBe(
      `${SITE.title}. (2026, November 26). What The New York Times reported. https://example.org/the-report/`,
    );
    expect(c.mla).toBe(
      `“What The New York Times Reported.” ${SITE.title}, 26 Nov. 2026, https://example.org/the-report/.`,
    );
    expect(c.chicago).toBe(
      `${SITE.title}. “What The New York Times Reported.” November 26, 2026. https://example.org/the-report/.`,
    );
  });

  it('capitalises principal words, keeps minor words and names as written', () => {
    expect(titleCase('What is known, what is disputed')).toBe('What Is Known, What Is Disputed');
    expect(titleCase('Who said what, and when')).toBe('Who Said What, and When');
    expect(titleCase('Threats and the convention')).toBe('Threats and the Convention');
    expect(titleCase('What The New York Times reported')).toBe('What The New York Times Reported');
    expect(titleCase('the sanctions proposal: a plan in parts')).toBe('The Sanctions Proposal: A Plan in Parts');
  });
});

describe('ГОСТ Р 7.0.100-2018 (the Russian edition)', () => {
  it('cites a chapter as a part of the site, with the dates the standard asks for', () => {
    const input = {
      title: 'Что сообщила The New York Times',
      siteTitle: 'Публикация о вознаграждениях, июнь 2020 года',
      publisher: 'Публикация о вознаграждениях, июнь 2020 года',
      published: new Date('2026-11-26'),
      updated: new Date('2027-01-05'),
      url: 'https://example.org/ru/the-report/',
    };
    expect(gostCitation(input, new Date('2027-02-01'))).toBe(
      'Что сообщила The New York Times // Публикация о вознаграждениях, июнь 2020 года : [сайт]. – ' +
        'Дата публикации: 26.11.2026. – Дата обновления: 05.01.2027. – ' +
        'URL: https://example.org/ru/the-report/ (дата обращения: 01.02.2027). – Текст : электронный.',
    );
    expect(gostCitation({ ...input, updated: input.published }, new Date('2027-02-01'))).not.toContain('обновления');
  });
});
