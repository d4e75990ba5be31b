/**
 * What the search index holds besides the chapters' own text: one record per data entry (a
 * statement, a death, a measure: a row of a figure's data table) and one per source cited in a
 * note, each pointing at the exact anchor a reader should land on. Pure: given the built HTML of
 * the chapter pages in reading order, it returns records for Pagefind's addCustomRecord.
 */
import { load } from 'cheerio';
import type { ScrollyPayload } from '../scrolly/payload.ts';

export interface SearchRecord {
  url: string;
  content: string;
  language: 'en' | 'ru';
  meta: { title: string; kind: string };
}

const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * What one row of each graphic's data stands for. Only these rows become records: the ledger's claims
 * and the reports table restate statements in other words, and as records of their own they would
 * outrank the statement a reader is looking for.
 */
const ENTRY_KIND: Record<string, string> = {
  'statements-timeline': 'Statement',
  'toll-2019': 'Death',
  sanctions: 'Measure',
  'sanctions-path': 'Measure',
};
/** The same kinds in the Russian edition's records (its pages are indexed in Russian, lang="ru"). */
const RUSSIAN_KIND: Record<string, string> = {
  Statement: 'Заявление',
  Death: 'Гибель',
  Measure: 'Мера',
  Source: 'Источник',
};

/**
 * An entry that appears in several chapters is recorded once, on the first chapter whose graphic
 * singles it out in a step (the step a link to it opens), else on the first chapter that lists it.
 */
export function searchRecords(pages: readonly { path: string; html: string }[]): SearchRecord[] {
  const parsed = pages.map((p) => ({ ...p, $: load(p.html) }));
  const ru = parsed.filter((p) => p.$('html').attr('lang') === 'ru');
  const en = parsed.filter((p) => p.$('html').attr('lang') !== 'ru');
  return [...editionRecords(en, 'en'), ...editionRecords(ru, 'ru')];
}

function editionRecords(
  pages: readonly { path: string; $: ReturnType<typeof load> }[],
  language: SearchRecord['language'],
): SearchRecord[] {
  const word = (kind: string) => (language === 'ru' ? (RUSSIAN_KIND[kind] ?? kind) : kind);
  const entries = new Map<string, SearchRecord & { singled: boolean }>();
  const sources = new Map<string, SearchRecord>();
  for (const { path, $ } of pages) {
    $('[data-scrolly]').each((_, section) => {
      const known = ENTRY_KIND[$(section).attr('data-graphic') ?? ''];
      const kind = known && word(known);
      if (!kind) return;
      const json = $(section).find('script[data-scrolly-payload]').text();
      const payload = json ? (JSON.parse(json) as ScrollyPayload) : undefined;
      $(section)
        .find('tr[data-public-id][id]')
        .each((_, row) => {
          const id = $(row).attr('id') ?? '';
          const singled = payload?.entries[id]?.singled ?? false;
          const known = entries.get(id);
          if (known && (known.singled || !singled)) return;
          const cells = $(row)
            .children()
            .map((_, c) => clean($(c).text()))
            .get()
            .filter(Boolean);
          entries.set(id, {
            url: `${path}#${id}`,
            content: cells.join('. '),
            language,
            meta: { title: cells.slice(1, 3).join(', ') || id, kind },
            singled,
          });
        });
    });
    $('[data-footnotes] li[id]').each((_, note) => {
      $(note)
        .find('cite[data-source-id]')
        .each((_, cite) => {
          const id = $(cite).attr('data-source-id') ?? '';
          if (sources.has(id)) return;
          const text = clean($(cite).text());
          sources.set(id, {
            url: `${path}#${$(note).attr('id')}`,
            content: text,
            language,
            meta: { title: text, kind: word('Source') },
          });
        });
    });
  }
  return [...[...entries.values()].map(({ singled: _s, ...r }) => r), ...sources.values()];
}
