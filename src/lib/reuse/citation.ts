import { MONTHS } from '../content/cite.ts';
import { BUILD_DATE } from '../content/schema-fields.ts';
/**
 * "Cite this" strings for a chapter. Pure, so each style is unit-tested against a hand-checked example.
 * The site is the author (an organisation), as APA, MLA and Chicago allow for web pages without a
 * named person.
 */
export interface CitationInput {
  title: string;
  /** Name of the whole site, italicised in the styles that italicise containers. */
  siteTitle: string;
  /** Organisation credited as author and publisher. */
  publisher: string;
  published: Date;
  updated: Date;
  url: string;
}

export interface Citations {
  apa: string;
  mla: string;
  chicago: string;
  bibtex: string;
  /** ГОСТ Р 7.0.100-2018, the Russian standard for a part of a website. */
  gost: string;
}

const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

// Dates are calendar dates from frontmatter: read them in UTC so no time zone moves them a day.
const parts = (d: Date) => ({ y: d.getUTCFullYear(), m: d.getUTCMonth(), d: d.getUTCDate() });

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function apaDate(date: Date): string {
  const { y, m, d } = parts(date);
  return `${y}, ${MONTHS[m]} ${d}`;
}

function mlaDate(date: Date): string {
  const { y, m, d } = parts(date);
  return `${d} ${MLA_MONTHS[m]} ${y}`;
}

function chicagoDate(date: Date): string {
  const { y, m, d } = parts(date);
  return `${MONTHS[m]} ${d}, ${y}`;
}

const sameDay = (a: Date, b: Date) => isoDate(a) === isoDate(b);

/** BibTeX needs braces and a few characters escaped; anything else passes through as UTF-8. */
function bibEscape(text: string): string {
  return text.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/([&%$#_])/g, '\\$1');
}

/** A citation key from the URL's last path segment: stable as long as the slug is. */
function bibKey(url: string, published: Date): string {
  const slug = new URL(url).pathname.split('/').filter(Boolean).pop() ?? 'chapter';
  return `${slug.replace(/[^a-z0-9]+/gi, '')}${parts(published).y}`;
}

/** Minor words stay lower-case inside a title (MLA and Chicago title case) unless first or last. */
const MINOR = new Set(
  'a an the and but or nor for so yet as at by in of on to up via per vs from into with'.split(' '),
);

/**
 * MLA and Chicago title case. Only all-lower-case words change: a word the title already capitalises
 * (a name such as "The New York Times", an acronym) is left exactly as written.
 */
export function titleCase(title: string): string {
  const words = title.split(' ');
  return words
    .map((w, i) => {
      if (w !== w.toLowerCase() || !/^[a-z]/.test(w)) return w;
      const afterColon = i > 0 && /[:?!]$/.test(words[i - 1] ?? '');
      const edge = i === 0 || i === words.length - 1 || afterColon;
      return !edge && MINOR.has(w.replace(/[^a-z]/g, '')) ? w : w[0]!.toUpperCase() + w.slice(1);
    })
    .join(' ');
}

const dotted = (date: Date) => {
  const { y, m, d } = parts(date);
  return `${String(d).padStart(2, '0')}.${String(m + 1).padStart(2, '0')}.${y}`;
};

/**
 * ГОСТ Р 7.0.100-2018 for a component of a website: title, the site as the whole («[сайт]»), the date
 * of publication, the URL with the date the reader consulted it (the day the page was built: a reader
 * citing later writes their own), and the medium. The standard's separator is the en dash, «. – ».
 */
export function gostCitation(input: CitationInput, accessed: Date): string {
  const { title, siteTitle, published, updated, url } = input;
  const revised = !sameDay(published, updated);
  return (
    `${title} // ${siteTitle} : [сайт]. – Дата публикации: ${dotted(published)}` +
    (revised ? `. – Дата обновления: ${dotted(updated)}` : '') +
    `. – URL: ${url} (дата обращения: ${dotted(accessed)}). – Текст : электронный.`
  );
}

export function citations(input: CitationInput, accessed: Date = new Date(`${BUILD_DATE}T00:00:00Z`)): Citations {
  const { title, siteTitle, publisher, published, updated, url } = input;
  const revised = !sameDay(published, updated);
  // The site is both author and website: APA and Chicago then name it once, MLA starts with the title.
  const sameName = siteTitle === publisher;
  const apa =
    `${publisher}. (${apaDate(published)}). ${title}.${sameName ? '' : ` ${siteTitle}.`}` +
    (revised ? ` Updated ${chicagoDate(updated)}.` : '') +
    ` ${url}`;
  const mla = `${sameName ? '' : `${publisher}. `}“${titleCase(title)}.” ${siteTitle}, ${mlaDate(published)}${revised ? `, updated ${mlaDate(updated)}` : ''}, ${url}.`;
  const chicago =
    `${publisher}. “${titleCase(title)}.”${sameName ? '' : ` ${siteTitle}.`} ${revised ? `Last modified ${chicagoDate(updated)}` : chicagoDate(published)}.` +
    ` ${url}.`;
  // @misc with url and note is the entry type both BibTeX and biblatex read without extra packages.
  const bibtex = [
    `@misc{${bibKey(url, published)},`,
    `  author = {{${bibEscape(publisher)}}},`,
    `  title = {${bibEscape(title)}},`,
    `  howpublished = {${bibEscape(siteTitle)}},`,
    `  year = {${parts(published).y}},`,
    `  month = ${MONTHS[parts(published).m]!.slice(0, 3).toLowerCase()},`,
    `  note = {Published ${isoDate(published)}${revised ? `, updated ${isoDate(updated)}` : ''}},`,
    `  url = {${url}},`,
    '}',
  ].join('\n');
  return { apa, mla, chicago, bibtex, gost: gostCitation(input, accessed) };
}
