/**
 * The MDX check: one pass over each chapter's and page's syntax tree, before anything renders.
 * It sees MDX JSX elements, expressions, links, images and footnotes as the MDX compiler will, so a
 * `<Src>` on the line after its footnote label is accepted and a `<script>` or `{process.env.HOME}`
 * is refused wherever it hides.
 */
import { COUNT_OF, countFor, knownFilters, type CountData, type CountOf } from './counts.ts';
import { walk, type MdAttribute, type MdNode } from './mdast.ts';
import type { MdxDoc } from './load.ts';
import type { Problem } from './problems.ts';
import { slugId } from './schemas.ts';
import { parseForms } from '../i18n/plural.ts';

export interface MdxContext {
  /** Source ids that exist, and ids already reported as broken (not reported again). */
  sourceIds: ReadonlySet<string>;
  /** Sources marked quoteOnly (partisan or state outlets): they may carry quoted words, never a fact. */
  quoteOnlyIds: ReadonlySet<string>;
  rejectedIds: ReadonlySet<string>;
  counts: CountData;
  /** Graphic name → its state names; absent when the caller cannot load graphics (then states are not checked). */
  graphicStates?: ReadonlyMap<string, readonly string[] | undefined>;
  /** Datasets with rejected rows (already reported): their counts are not compared, to avoid a second, false message. */
  incomplete: ReadonlySet<string>;
  /** Where the file is used: pages may read `props.<name>` (the page passes them), chapters may not. */
  kind: 'chapter' | 'page';
  /** The edition: the Russian one may mark its own translations of quotes (<Tr>) and give nouns to counts. */
  lang?: 'en' | 'ru';
}

const COMPONENTS = new Set(['Src', 'Count', 'Scrolly', 'Step']);
const RUSSIAN_COMPONENTS = new Set([...COMPONENTS, 'Tr']);
/** HTML an editor may write in MDX: text-level and grouping elements, nothing that runs or embeds. */
const HTML = new Set(
  'a abbr b blockquote br cite code dfn div em figcaption figure i img li mark ol p q small span strong sub sup time ul'.split(
    ' ',
  ),
);
const UNSAFE_URL = /^\s*(?:javascript|vbscript|data):/i;
/** A literal the compiler would print as is: a number, a boolean or a quoted string. */
const LITERAL = /^\s*(?:-?\d+(?:\.\d+)?|true|false|"[^"\\]*"|'[^'\\]*')\s*$/;
const PROPS = /^\s*props\.[a-zA-Z]+\s*$/;
const COMMENT_ONLY = /^\s*(?:\/\*[\s\S]*?\*\/\s*)*$/;
const FOOTNOTE_TEXT = /\[\^([^\]\s]+)\]/g;

const lineOf = (n: MdNode) => n.position?.start.line ?? 0;

const SENTENCE_END = /[.!?]["'”’)]*\s+\S/;

/**
 * Whether the sentence that `ref` closes holds a <q>: walk back through the paragraph's inline nodes
 * from the reference to the previous sentence end outside a quote. Stops inside a <q> don't count.
 */
function sentenceHasQuote(paragraph: MdNode, ref: MdNode): boolean {
  const inline = paragraph.children ?? [];
  const at = inline.indexOf(ref);
  for (let i = (at < 0 ? inline.length : at) - 1; i >= 0; i--) {
    const n = inline[i]!;
    if (n.name === 'q' || n.name === 'Tr') return true;
    if (n.type === 'text' && SENTENCE_END.test(n.value ?? '')) return false;
  }
  return false;
}

function attr(node: MdNode, name: string): MdAttribute | undefined {
  return node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
}
/** The attribute's literal value as text, `true` for a bare attribute, undefined when absent or not literal. */
function literal(a: MdAttribute | undefined): string | true | undefined {
  if (!a) return undefined;
  if (a.value === null || a.value === undefined) return true;
  if (typeof a.value === 'string') return a.value;
  const v = a.value.value.trim();
  return LITERAL.test(v) ? v.replace(/^["']|["']$/g, '') : undefined;
}

export function checkMdx(doc: MdxDoc<unknown>, ctx: MdxContext): Problem[] {
  const out: Problem[] = [];
  const components = ctx.lang === 'ru' ? RUSSIAN_COMPONENTS : COMPONENTS;
  const at = (node: MdNode, what: string) => ({
    file: doc.file,
    entry: doc.entry,
    field: `line ${lineOf(node)} ${what}`,
  });
  const push = (node: MdNode, what: string, message: string, fix: string) =>
    out.push({ ...at(node, what), message, fix });
  const expressionAllowed = (value: string) =>
    LITERAL.test(value) || COMMENT_ONLY.test(value) || (ctx.kind === 'page' && PROPS.test(value));

  const definitions = new Map<string, MdNode>();
  const referenced = new Set<string>();
  /** Each footnote reference with the paragraph it stands in, for the quoteOnly rule below. */
  const references: { node: MdNode; paragraph: MdNode | undefined }[] = [];
  const stepIds = new Set<string>();

  walk(doc.tree, (node, ancestors) => {
    switch (node.type) {
      case 'mdxjsEsm':
        return push(
          node,
          'import/export',
          'is not allowed in content',
          'remove it: chapters get their components without imports',
        );
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!expressionAllowed(node.value ?? ''))
          push(
            node,
            `{${(node.value ?? '').trim().slice(0, 40)}}`,
            'is an expression; only literal numbers, strings and comments may appear in braces',
            'write the text itself, or use <Count> for a number from the data',
          );
        return;
      case 'link':
      case 'definition':
        if (UNSAFE_URL.test(node.url ?? ''))
          push(node, 'link', `points to "${node.url}", which would run code`, 'link to an https:// page or a #section');
        return;
      case 'image':
        if (!node.alt?.trim())
          push(node, 'image', 'has no alt text', 'describe the image in the brackets: ![what it shows](…)');
        return;
      case 'footnoteDefinition': {
        const label = node.label ?? node.identifier ?? '';
        definitions.set(node.identifier ?? label, node);
        if (!slugId.safeParse(label).success)
          push(
            node,
            `[^${label}]`,
            'is not a readable, slug-safe footnote label',
            'use lower-case words joined by hyphens',
          );
        let hasSrc = false;
        walk(node, (n) => (hasSrc ||= n.name === 'Src'));
        if (!hasSrc)
          push(node, `[^${label}]`, 'is a footnote without a source', 'add <Src id="source-id" /> to the footnote');
        return;
      }
      case 'footnoteReference':
        referenced.add(node.identifier ?? '');
        references.push({ node, paragraph: [...ancestors].reverse().find((a) => a.type === 'paragraph') });
        return;
      case 'text':
        // The parser leaves a reference to an undefined footnote as plain text.
        for (const m of (node.value ?? '').matchAll(FOOTNOTE_TEXT))
          push(
            node,
            `[^${m[1]}]`,
            'refers to a footnote that is never defined',
            `add a line "[^${m[1]}]: <Src id='…' />"`,
          );
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        return checkElement(node, ancestors);
    }
  });

  function checkElement(node: MdNode, ancestors: readonly MdNode[]) {
    const name = node.name ?? '(fragment)';
    if (!components.has(name) && !HTML.has(name)) {
      push(
        node,
        `<${name}>`,
        name === 'script' || name === 'style' ? 'is not allowed in content' : 'is not an element content may use',
        `use Markdown, one of ${[...components].join(', ')}, or plain text elements (${[...HTML].slice(0, 6).join(', ')}, …)`,
      );
      return;
    }
    for (const a of node.attributes ?? []) {
      if (a.type === 'mdxJsxExpressionAttribute') {
        push(
          node,
          `<${name}>`,
          'spreads an expression into its attributes',
          'write each attribute with a literal value',
        );
        continue;
      }
      const attrName = a.name ?? '';
      if (/^on/i.test(attrName))
        push(node, `<${name} ${attrName}>`, 'is an event handler', 'remove it: content runs no code');
      const value = typeof a.value === 'object' && a.value !== null ? a.value.value : undefined;
      if (value !== undefined && !expressionAllowed(value))
        push(
          node,
          `<${name} ${attrName}>`,
          `is the expression {${value.trim().slice(0, 40)}}`,
          'write a literal value',
        );
      const text = literal(a);
      if ((attrName === 'href' || attrName === 'src') && typeof text === 'string' && UNSAFE_URL.test(text))
        push(
          node,
          `<${name} ${attrName}>`,
          `points to "${text}", which would run code`,
          'link to an https:// page or a #section',
        );
    }
    if (name === 'img' && typeof literal(attr(node, 'alt')) !== 'string')
      push(node, '<img>', 'has no alt text', 'add alt="what the image shows"');
    if (name === 'Src') checkSrc(node);
    if (name === 'Count') checkCount(node);
    if (name === 'Scrolly') checkScrolly(node);
    if (name === 'Step') checkStep(node, ancestors);
    if (name === 'Tr') checkTr(node);
  }

  /** A quote in our translation names the English words it translates (check-translation.ts finds them). */
  function checkTr(node: MdNode) {
    const en = literal(attr(node, 'en'));
    if (typeof en !== 'string' || en.trim() === '')
      push(node, '<Tr>', 'has no en="…"', 'copy the English quote into en="…"');
    if (!(node.children ?? []).length)
      push(node, '<Tr>', 'has no translation inside it', 'write the Russian between <Tr …> and </Tr>');
  }

  function checkSrc(node: MdNode) {
    const id = literal(attr(node, 'id'));
    if (typeof id !== 'string' || id === '') return push(node, '<Src>', 'has no id', 'write <Src id="source-id" />');
    if (!ctx.sourceIds.has(id) && !ctx.rejectedIds.has(id))
      push(
        node,
        '<Src id>',
        `names unknown source "${id}"`,
        `add "${id}" to content/data/sources.yaml or correct the id`,
      );
  }

  function checkCount(node: MdNode) {
    const of = literal(attr(node, 'of'));
    const whereAttr = literal(attr(node, 'where'));
    const where = typeof whereAttr === 'string' ? whereAttr : 'all';
    const value = literal(attr(node, 'value'));
    if (typeof of !== 'string' || !(COUNT_OF as readonly string[]).includes(of))
      return push(
        node,
        '<Count>',
        `of="${String(of ?? '')}" is not a counted collection`,
        `use one of: ${COUNT_OF.join(', ')}`,
      );
    const result = countFor(of, where, ctx.counts);
    if (!result)
      return push(
        node,
        '<Count>',
        `where="${where}" is not a known filter for ${of}`,
        `use one of: ${knownFilters(of as CountOf, ctx.counts).join(', ')}`,
      );
    if (typeof value === 'string' && Number(value) !== result.value && !ctx.incomplete.has(of))
      push(
        node,
        '<Count>',
        `says ${value} but the data gives ${result.value} for ${of} where ${where}`,
        `write value={${result.value}} and correct the prose, or correct the data`,
      );
    const forms = attr(node, 'forms');
    if (forms && ctx.lang !== 'ru')
      push(node, '<Count forms>', 'is for the Russian edition', 'remove it: English prose writes its own noun');
    else if (forms && (typeof literal(forms) !== 'string' || !parseForms(String(literal(forms)))))
      push(
        node,
        '<Count forms>',
        'must give the noun in three forms, one|few|many',
        'write forms="погибший|погибших|погибших"',
      );
    if (!result.verified && attr(node, 'secondary') === undefined)
      push(
        node,
        '<Count>',
        `counts rows the research marks unverified (${of} where ${where})`,
        'add the secondary attribute and attribute the figure in the prose, or count verified rows only',
      );
  }

  /** A section's or step's id: a slug, and unique on the page (both share the page's fragment space). */
  function checkPageId(node: MdNode, tag: 'Scrolly' | 'Step', example: string) {
    const id = literal(attr(node, 'id'));
    if (typeof id !== 'string' || !slugId.safeParse(id).success)
      push(node, `<${tag} id>`, 'must be lower-case words joined by hyphens', `write id="${example}"`);
    else if (stepIds.has(id))
      push(node, `<${tag} id>`, `"${id}" is used twice on the page`, 'ids are permanent and unique on the page');
    else stepIds.add(id);
  }

  function checkScrolly(node: MdNode) {
    checkPageId(node, 'Scrolly', 'a-permanent-section-id');
    const graphic = literal(attr(node, 'graphic'));
    if (ctx.graphicStates && (typeof graphic !== 'string' || !ctx.graphicStates.has(graphic)))
      push(
        node,
        '<Scrolly graphic>',
        `"${String(graphic ?? '')}" is not a graphic`,
        `use one of: ${[...ctx.graphicStates.keys()].join(', ')}`,
      );
  }

  function checkStep(node: MdNode, ancestors: readonly MdNode[]) {
    const section = [...ancestors].reverse().find((a) => a.name === 'Scrolly');
    if (!section)
      return push(node, '<Step>', 'is outside a <Scrolly> section', 'put it inside <Scrolly id="…" graphic="…">');
    checkPageId(node, 'Step', 'a-permanent-step-id');
    const state = literal(attr(node, 'state'));
    const graphic = literal(attr(section, 'graphic'));
    const states = typeof graphic === 'string' ? ctx.graphicStates?.get(graphic) : undefined;
    if (typeof state !== 'string') return push(node, '<Step state>', 'is missing', 'write state="a-state-name"');
    if (states && !states.includes(state) && !(/^\d+$/.test(state) && Number(state) < states.length))
      push(node, '<Step state>', `"${state}" is not a state of ${String(graphic)}`, `use one of: ${states.join(', ')}`);
  }

  checkQuoteOnly();

  /**
   * A quoteOnly source may back a footnote only where the sentence it closes holds a <q> (it carries the
   * words of the person it quotes, never a fact), and never beside a mainstream copy, which carries the
   * same words without the doubt.
   */
  function checkQuoteOnly() {
    const sourcesOf = (def: MdNode) => {
      const ids: string[] = [];
      walk(def, (n) => {
        const id = n.name === 'Src' ? literal(attr(n, 'id')) : undefined;
        if (typeof id === 'string') ids.push(id);
      });
      return {
        partisan: ids.filter((id) => ctx.quoteOnlyIds.has(id)),
        mainstream: ids.filter((id) => !ctx.quoteOnlyIds.has(id)),
      };
    };
    const kinds = new Map([...definitions].map(([identifier, def]) => [identifier, sourcesOf(def)]));
    for (const [identifier, def] of definitions) {
      const k = kinds.get(identifier)!;
      if (k.partisan.length > 0 && k.mainstream.length > 0)
        push(
          def,
          `[^${def.label ?? identifier}]`,
          `cites quoteOnly ${k.partisan.join(', ')} beside a mainstream copy (${k.mainstream.join(', ')})`,
          'drop the quoteOnly source: the mainstream copy carries the words',
        );
    }
    for (const { node, paragraph } of references) {
      const k = kinds.get(node.identifier ?? '');
      if (!k || k.partisan.length === 0 || (paragraph && sentenceHasQuote(paragraph, node))) continue;
      push(
        node,
        `[^${node.label ?? node.identifier}]`,
        `backs a sentence without a quote with quoteOnly ${k.partisan.join(', ')}`,
        'cite a source that reports this in its own right, or quote the words the outlet carries',
      );
    }
  }

  for (const [identifier, node] of definitions)
    if (!referenced.has(identifier))
      push(
        node,
        `[^${node.label ?? identifier}]`,
        'is defined but never referenced (its citation would silently disappear)',
        `cite it with [^${node.label ?? identifier}] after the sentence it supports, or remove it`,
      );
  return out;
}
