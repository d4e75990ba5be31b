/**
 * Each step of a chapter with a title a reader can pick it by ("Start at" in the embed box): the step's
 * first sentence as the page shows it, read from the chapter's MDX syntax tree in its own edition.
 */
import type { Content } from '~/lib/content/content.ts';
import { parseMdx } from '~/lib/content/load.ts';
import { walk, type MdNode } from '~/lib/content/mdast.ts';
import { countWithNoun, parseForms } from '~/lib/i18n/plural.ts';
import type { Locale } from '~/lib/i18n/locales.ts';
import { stepTitle } from './step-title.ts';

export interface StepTitle {
  id: string;
  title: string;
}

/** Quotation marks as each edition prints a <q>. */
const QUOTES: Record<Locale, [string, string]> = { en: ['“', '”'], ru: ['«', '»'] };
/** Inline parts a title leaves out: footnote numbers, sources, superscripts. */
const SILENT = new Set(['footnoteReference', 'footnoteDefinition']);
const SILENT_ELEMENTS = new Set(['Src', 'sup']);

function attribute(node: MdNode, name: string): string | undefined {
  const a = node.attributes?.find((x) => x.type === 'mdxJsxAttribute' && x.name === name);
  if (!a || a.value === null || a.value === undefined) return undefined;
  return typeof a.value === 'string' ? a.value : a.value.value.trim().replace(/^["']|["']$/g, '');
}

/** The words a node shows: text, quotes with their marks, counts as their checked numbers. */
function words(node: MdNode, locale: Locale): string {
  if (SILENT.has(node.type) || (node.name && SILENT_ELEMENTS.has(node.name))) return '';
  // An apostrophe as the page prints it (the MDX pipeline's smart punctuation curls it).
  if (node.type === 'text') return (node.value ?? '').replace(/(?<=\p{L})'(?=\p{L})/gu, '’');
  if (node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'break') return ' ';
  if (node.name === 'Count') {
    // The build has already checked `value` against the data.
    const n = Number(attribute(node, 'value'));
    const forms = attribute(node, 'forms');
    const noun = forms === undefined ? undefined : parseForms(forms);
    // Noun forms are Russian's (<Count forms>), as Count.astro writes them.
    return Number.isFinite(n) ? (noun ? countWithNoun('ru', n, noun) : String(n)) : '';
  }
  const inner = (node.children ?? []).map((c) => words(c, locale)).join('');
  if (node.name === 'q' || node.name === 'Tr') return `${QUOTES[locale][0]}${inner}${QUOTES[locale][1]}`;
  return node.type === 'paragraph' ? `${inner} ` : inner;
}

/** The chapter's steps in reading order, once each, titled in `locale`. */
export function stepTitles(tree: MdNode, locale: Locale): StepTitle[] {
  const out: StepTitle[] = [];
  walk(tree, (node) => {
    if (node.name !== 'Step') return;
    const id = attribute(node, 'id');
    if (!id || out.some((s) => s.id === id)) return;
    out.push({ id, title: stepTitle(words(node, locale)) });
  });
  return out;
}

/**
 * A chapter's step titles in an edition, from the one parsed Content value. A chapter the content does
 * not hold (the test builds' fixture chapters) is titled from its own MDX source, in English.
 */
export function chapterStepTitles(content: Content, slug: string, locale: Locale, body = ''): StepTitle[] {
  const chapters: readonly { data: { slug: string }; tree: MdNode }[] =
    locale === 'ru' ? content.ru.chapters : content.chapters;
  const doc = chapters.find((c) => c.data.slug === slug);
  if (doc) return stepTitles(doc.tree, locale);
  return body ? stepTitles(parseMdx(body, slug, `${slug}.mdx`, []).tree, 'en') : [];
}
