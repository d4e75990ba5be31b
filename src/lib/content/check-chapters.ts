import type { LoadedContent, MdxDoc } from './load.ts';
import { checkMdx, type MdxContext } from './mdx-check.ts';
import { checkTranslations } from './check-translation.ts';
import type { Problem } from './problems.ts';

/** Chapter front matter (slug, order, graphic), then the MDX of every chapter and page. */
export function checkChapters(c: LoadedContent, mdx: Omit<MdxContext, 'kind' | 'lang'>, out: Problem[]) {
  const slugs = new Map<string, string>();
  const orders = new Map<number, string>();
  for (const ch of c.chapters) {
    const base = ch.file
      .split('/')
      .pop()
      ?.replace(/\.mdx$/, '');
    if (ch.data) {
      const { slug, order } = ch.data;
      if (slug !== base)
        out.push({
          file: ch.file,
          entry: slug,
          field: 'slug',
          message: `differs from the file name "${base}.mdx"`,
          fix: `rename the file to ${slug}.mdx (slugs are permanent URLs)`,
        });
      if (slugs.has(slug))
        out.push({
          file: ch.file,
          entry: slug,
          field: 'slug',
          message: `is also used by ${slugs.get(slug)}`,
          fix: 'give each chapter its own slug',
        });
      if (orders.has(order))
        out.push({
          file: ch.file,
          entry: slug,
          field: 'order',
          message: `${order} is also used by chapter ${orders.get(order)}`,
          fix: 'give each chapter its own position in the reading order',
        });
      slugs.set(slug, ch.entry);
      orders.set(order, ch.entry);
      const graphics = mdx.graphicStates;
      if (graphics && ch.data.graphic !== 'none' && !graphics.has(ch.data.graphic))
        out.push({
          file: ch.file,
          entry: slug,
          field: 'graphic',
          message: `"${ch.data.graphic}" is not a graphic`,
          fix: `use none or a folder of src/graphics/: ${[...graphics.keys()].join(', ')}`,
        });
    }
  }
  // A file with a problem of its own is not also compared with its twin: one slip, one message.
  const broken = new Set(out.map((p) => p.file));
  const check = (doc: MdxDoc<unknown>, kind: 'chapter' | 'page', lang: 'en' | 'ru') => {
    const found = checkMdx(doc, { ...mdx, kind, lang });
    if (found.length) broken.add(doc.file);
    out.push(...found);
  };
  for (const ch of c.chapters) check(ch, 'chapter', 'en');
  for (const page of c.pages) check(page, 'page', 'en');
  for (const ch of c.chaptersRu) check(ch, 'chapter', 'ru');
  for (const page of c.pagesRu) check(page, 'page', 'ru');
  checkTranslations(c, broken, out);
}
