/**
 * The search page: Pagefind's own JavaScript API over the index built with the site (no UI library,
 * no inline styles, so the page's CSP stays strict). Results are links to exact anchors: a chapter's
 * section, or one statement, death, measure or cited source. The query is kept in the URL (?q=).
 */
interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string; kind?: string };
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

const form = document.querySelector<HTMLFormElement>('form[data-search]');
const input = form?.querySelector<HTMLInputElement>('input[name=q]');
const list = document.querySelector<HTMLOListElement>('[data-search-results]');
const status = document.querySelector<HTMLElement>('[data-search-status]');
let pagefind: Promise<Pagefind> | undefined;

function load(): Promise<Pagefind> {
  // A plain variable, not a template: Vite then leaves the import alone (no preload wrapper).
  const url = (form?.dataset.index ?? '/pagefind/') + 'pagefind.js';
  pagefind ??= import(/* @vite-ignore */ url).then(async (m: Pagefind) => {
    await m.options({ baseUrl: '/', excerptLength: 24 });
    return m;
  });
  return pagefind;
}

/** Entities to text; a <textarea> parses nothing else and, unlike a parsed body, keeps edge spaces. */
function decode(text: string): string {
  const box = document.createElement('textarea');
  box.innerHTML = text;
  return box.value;
}

/** Pagefind's excerpts are text with <mark> around hits; anything else is escaped. */
function excerpt(html: string): DocumentFragment {
  const frag = document.createDocumentFragment();
  for (const part of html.split(/(<mark>[^<]*<\/mark>)/)) {
    const hit = /^<mark>([^<]*)<\/mark>$/.exec(part);
    if (hit) frag.append(Object.assign(document.createElement('mark'), { textContent: hit[1] }));
    else frag.append(decode(part));
  }
  return frag;
}

function item(url: string, title: string, kind: string, text: string): HTMLLIElement {
  const li = document.createElement('li');
  const a = Object.assign(document.createElement('a'), { href: url, textContent: title });
  const k = Object.assign(document.createElement('span'), { className: 'search__kind', textContent: kind });
  const p = Object.assign(document.createElement('p'), { className: 'search__excerpt' });
  p.append(excerpt(text));
  li.append(k, a, p);
  return li;
}

// The page's edition picks the words; the index of the page's language is the one Pagefind loads.
const RU = document.documentElement.lang === 'ru';
const WORDS = RU
  ? {
      searching: 'Ищем…',
      chapter: 'Глава',
      source: 'Источник',
      found: (n: number, q: string) => `${n} ${plural(n, 'результат', 'результата', 'результатов')} по запросу «${q}».`,
    }
  : {
      searching: 'Searching…',
      chapter: 'Chapter',
      source: 'Source',
      found: (n: number, q: string) => `${n} ${n === 1 ? 'result' : 'results'} for “${q}”.`,
    };

function plural(n: number, one: string, few: string, many: string): string {
  const rule = new Intl.PluralRules('ru').select(n);
  return rule === 'one' ? one : rule === 'few' ? few : many;
}

async function run(query: string): Promise<void> {
  if (!list || !status) return;
  list.replaceChildren();
  if (!query.trim()) return void (status.textContent = '');
  status.textContent = WORDS.searching;
  const found = await (await load()).search(query);
  const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
  // A journalist looking for words wants the statement first, then the chapter, then the sources.
  const rank = (d: PagefindResult) => (d.meta.kind === WORDS.source ? 2 : d.meta.kind ? 0 : 1);
  data.sort((a, b) => rank(a) - rank(b));
  for (const d of data) {
    // A chapter hit points at its best-matching section where Pagefind found one.
    const sub = d.sub_results?.[0];
    const url = sub && !d.meta.kind ? sub.url : d.url;
    const kind = d.meta.kind ?? WORDS.chapter;
    const title = d.meta.kind
      ? (d.meta.title ?? d.url)
      : `${d.meta.title ?? ''}${sub && sub.title !== d.meta.title ? ` › ${sub.title}` : ''}`;
    list.append(item(url, title, kind, sub && !d.meta.kind ? sub.excerpt : d.excerpt));
  }
  status.textContent = WORDS.found(found.results.length, query);
}

if (form && input) {
  const initial = new URLSearchParams(location.search).get('q') ?? '';
  input.value = initial;
  if (initial) void run(initial);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    void run(input.value);
  });
}

export {};
