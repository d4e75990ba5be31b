/**
 * The Russian edition mirrors the English one: every chapter and page has its twin, with the same
 * sections, steps, headings, footnotes and sources in the same places, so a link `#<id>` lands on the
 * same thing in both languages and every translated sentence keeps the source it had. A translated
 * quote (<Tr en="…">) carries the English words it translates, which must be a quote of the English file.
 * A source whose publisher is named in English words a Russian reader needs translated carries its
 * Russian name (`ru.publisher`).
 */
import { checkDeathsRussian } from './check-deaths-ru.ts';
import { walk, type MdNode } from './mdast.ts';
import type { LoadedContent, Located, MdxDoc } from './load.ts';
import type { Problem } from './problems.ts';
import { needsRussianPublisher, type Source } from './schemas.ts';

const attrText = (node: MdNode, name: string): string | undefined => {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  if (!a) return undefined;
  if (typeof a.value === 'string') return a.value;
  return typeof a.value === 'object' && a.value !== null ? a.value.value.trim() : '';
};

export function plainText(node: MdNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(plainText).join('');
}

/** What must be the same in both editions, in reading order. */
export interface Skeleton {
  /** "Scrolly report-steps report-outlets", "Step report-peskov 2", "h2", "h3", "Count deaths-2019 combat 20". */
  blocks: string[];
  /** Footnote label → the source ids its definition cites, in order. */
  notes: Map<string, string[]>;
  /** The English text of every quote: <q> in English, <Tr en> in Russian. */
  quotes: string[];
  /** Russian only: the original-language quotes (<q> in a Russian file). */
  originals: string[];
}

export function skeleton(doc: Pick<MdxDoc<unknown>, 'tree'>): Skeleton {
  const s: Skeleton = { blocks: [], notes: new Map(), quotes: [], originals: [] };
  walk(doc.tree, (node) => {
    if (node.type === 'heading') s.blocks.push(`h${(node as MdNode & { depth?: number }).depth ?? 0}`);
    if (node.type === 'footnoteDefinition') {
      const ids: string[] = [];
      walk(node, (n) => {
        if (n.name === 'Src') ids.push(attrText(n, 'id') ?? '');
      });
      s.notes.set(node.identifier ?? '', ids);
    }
    const name = node.name;
    if (name === 'Scrolly')
      s.blocks.push(`<Scrolly id="${attrText(node, 'id')}" graphic="${attrText(node, 'graphic')}">`);
    if (name === 'Step') s.blocks.push(`<Step id="${attrText(node, 'id')}" state="${attrText(node, 'state')}">`);
    if (name === 'Count')
      s.blocks.push(`<Count of="${attrText(node, 'of')}" where="${attrText(node, 'where') ?? 'all'}">`);
    if (name === 'q') s.originals.push(plainText(node));
    if (name === 'Tr') s.quotes.push(attrText(node, 'en') ?? '');
  });
  return s;
}

const englishQuotes = (doc: Pick<MdxDoc<unknown>, 'tree'>) => skeleton(doc).originals;

/** Lines that say where two skeletons part, first difference first. */
function firstDifference(en: string[], ru: string[]): string | undefined {
  for (let i = 0; i < Math.max(en.length, ru.length); i++)
    if (en[i] !== ru[i])
      return `at item ${i + 1}: English has ${en[i] ?? 'nothing'}, Russian has ${ru[i] ?? 'nothing'}`;
  return undefined;
}

function compare(en: MdxDoc<unknown>, ru: MdxDoc<unknown>, out: Problem[]) {
  const a = skeleton(en);
  const b = skeleton(ru);
  const at = (field: string, message: string, fix: string) =>
    out.push({ file: ru.file, entry: ru.entry, field, message, fix });
  const diff = firstDifference(a.blocks, b.blocks);
  if (diff)
    at(
      '(structure)',
      `differs from ${en.file} ${diff}`,
      'keep the same headings, <Scrolly>, <Step> and <Count> tags in the same order as the English file',
    );
  for (const [label, ids] of a.notes) {
    const mine = b.notes.get(label);
    if (!mine)
      at(
        `[^${label}]`,
        `is missing (${en.file} defines it)`,
        `translate the footnote [^${label}] and cite it where the English does`,
      );
    else if (mine.join(' ') !== ids.join(' '))
      at(
        `[^${label}]`,
        `cites ${mine.join(', ') || 'nothing'}, the English cites ${ids.join(', ')}`,
        'copy the <Src> tags of the English footnote',
      );
  }
  for (const label of b.notes.keys())
    if (!a.notes.has(label))
      at(`[^${label}]`, `is not a footnote of ${en.file}`, 'use the English footnote labels only');
  const known = new Set(englishQuotes(en));
  for (const q of b.quotes)
    if (!known.has(q))
      at(
        '<Tr en>',
        `"${q.slice(0, 60)}${q.length > 60 ? '…' : ''}" is not a quote of ${en.file}`,
        'copy the English <q> text exactly into en="…"',
      );
}

/**
 * A publisher named in English words (needsRussianPublisher: "(citing Izvestia)", "U.S. Congress") has
 * its Russian name beside it, for the footnotes, the source list and the downloads of the Russian edition.
 */
export function checkSourcePublishers(sources: readonly Located<Source>[], out: Problem[]) {
  for (const { file, entry, value: s } of sources)
    if (s.ru?.publisher === undefined && needsRussianPublisher(s.publisher))
      out.push({
        file,
        entry,
        field: 'ru.publisher',
        message: `is missing: "${s.publisher}" has English words a Russian reader needs translated`,
        fix: 'add ru: publisher: with the name in Russian (institutions and Russian outlets in Russian, a foreign outlet in Latin with only its qualifier translated: "Zakon.kz (со ссылкой на «Известия»)")',
      });
}

/** Every English chapter and page has a Russian twin with the same skeleton, and nothing else does. */
export function checkTranslations(c: LoadedContent, broken: ReadonlySet<string>, out: Problem[]) {
  checkSourcePublishers(c.sources, out);
  // The 2019 deaths' rows in Russian: content/data/deaths-2019-ru.yaml (check-deaths-ru.ts).
  checkDeathsRussian(c, out);
  const pairs: [MdxDoc<unknown>[], MdxDoc<unknown>[], string][] = [
    [c.chapters, c.chaptersRu, 'chapters/ru'],
    [c.pages, c.pagesRu, 'pages/ru'],
  ];
  for (const [english, russian, dir] of pairs) {
    const byName = new Map(russian.map((d) => [d.rel.split('/').pop(), d]));
    for (const en of english) {
      const name = en.rel.split('/').pop();
      const ru = byName.get(name);
      if (broken.has(en.file) || (ru && broken.has(ru.file))) continue;
      if (!ru)
        out.push({
          file: en.file,
          entry: en.entry,
          field: '(translation)',
          message: `has no Russian twin content/${dir}/${name}`,
          fix: 'translate the file (content/README.md, "The Russian edition")',
        });
      else compare(en, ru, out);
    }
    const englishNames = new Set(english.map((d) => d.rel.split('/').pop()));
    for (const ru of russian)
      if (!englishNames.has(ru.rel.split('/').pop()))
        out.push({
          file: ru.file,
          entry: ru.entry,
          field: '(translation)',
          message: 'translates no English file',
          fix: 'name it as the English file it translates',
        });
  }
  for (const ru of c.chaptersRu) {
    const en = c.chapters.find((e) => e.data && ru.data && e.data.slug === ru.data.slug);
    if (!en?.data || !ru.data) continue;
    for (const list of ['known', 'disputed', 'questions'] as const)
      if (en.data.teaching[list].length !== ru.data.teaching[list].length)
        out.push({
          file: ru.file,
          entry: ru.entry,
          field: `teaching.${list}`,
          message: `has ${ru.data.teaching[list].length} items, the English has ${en.data.teaching[list].length}`,
          fix: 'translate item by item',
        });
  }
}
