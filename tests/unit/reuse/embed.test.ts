import { describe, expect, it } from 'vitest';
import { MAX_HEIGHT, parseHeight, pymMessage, safeChildId } from '~/lib/reuse/pym.ts';
import { embedSrc, requestedStep } from '~/lib/reuse/step-param.ts';
import { embedSnippet } from '~/lib/reuse/embed-snippet.ts';
import { addHeadingLinks, externalizeLinks } from '~/lib/reuse/body-html.ts';

describe('pym.js messages', () => {
  it('are built in pym.js wire format and parsed back', () => {
    expect(pymMessage('chapter-1', 'height', 812)).toBe('pymxPYMxchapter-1xPYMxheightxPYMx812');
    expect(parseHeight(pymMessage('chapter-1', 'height', 812))).toBe(812);
  });

  it.each([
    ['an object', { height: 500 }],
    ['another message type', 'pymxPYMxaxPYMxwidthxPYMx500'],
    ['a unit', 'pymxPYMxaxPYMxheightxPYMx500px'],
    ['zero', 'pymxPYMxaxPYMxheightxPYMx0'],
    ['a height beyond any chapter', `pymxPYMxaxPYMxheightxPYMx${MAX_HEIGHT + 1}`],
    ['trailing text', 'pymxPYMxaxPYMxheightxPYMx500;alert(1)'],
    ['an id with markup', 'pymxPYMx<b>xPYMxheightxPYMx500'],
  ])('reject %s', (_what, data) => {
    expect(parseHeight(data)).toBeNull();
  });

  it('take a child id only when it looks like an element id', () => {
    expect(safeChildId('embed-2')).toBe('embed-2');
    expect(safeChildId('"><script>')).toBe('bounty-embed');
    expect(safeChildId(null)).toBe('bounty-embed');
  });
});

describe('?step=', () => {
  const ids = ['bars-at-zero', 'bar-a-rises'];
  it('accepts only a known step id', () => {
    expect(requestedStep('?step=bar-a-rises', ids)).toBe('bar-a-rises');
    expect(requestedStep('?step=nope', ids)).toBeNull();
    expect(requestedStep('?step=%3Cimg%20src%3Dx%3E', ids)).toBeNull();
    expect(requestedStep('', ids)).toBeNull();
  });

  it('is added to an embed URL only for a known id', () => {
    expect(embedSrc('https://x.org/embed/a/', 'bar-a-rises', ids)).toBe('https://x.org/embed/a/?step=bar-a-rises');
    expect(embedSrc('https://x.org/embed/a/', 'nope', ids)).toBe('https://x.org/embed/a/');
  });
});

it('the snippet is a titled, lazy, full-width iframe plus the parent script, with attributes escaped', () => {
  const html = embedSnippet({
    src: 'https://x.org/embed/a/',
    title: 'A "quoted" title',
    scriptUrl: 'https://x.org/embed.js',
    height: 900,
  });
  expect(html).toBe(
    '<iframe src="https://x.org/embed/a/" title="A &#34;quoted&#34; title" width="100%" height="900" loading="lazy" style="border:0;width:100%;max-width:100%" data-bounty-embed></iframe>\n' +
      '<script src="https://x.org/embed.js" async></script>',
  );
});

describe('chapter HTML transforms', () => {
  it('put one link control after each prose section heading, outside it, once', () => {
    const out = addHeadingLinks('<h2 id="the-treaty">The <em>treaty</em></h2><p>x</p>');
    expect(out).toBe(
      '<div class="section-head"><h2 id="the-treaty">The <em>treaty</em></h2>' +
        '<a class="permalink" href="#the-treaty" data-copy-link>#<span class="sr-only"> Link to the section “The treaty”</span></a></div><p>x</p>',
    );
    expect(addHeadingLinks(out)).toBe(out);
    // The hidden "Footnotes" label and headings of components (with a class) get none.
    const label = '<h2 class="sr-only" id="footnote-label">Footnotes</h2>';
    expect(addHeadingLinks(label)).toBe(label);
  });

  it('send links that leave the page to a new tab, keep in-page links in place, merge rel', () => {
    expect(externalizeLinks('<a href="#fn-1">1</a>')).toBe('<a href="#fn-1">1</a>');
    expect(externalizeLinks('<a href="https://nyt.com/x">NYT</a>')).toBe(
      '<a href="https://nyt.com/x" rel="noopener" target="_blank">NYT</a>',
    );
    expect(externalizeLinks('<a href="/about/" rel="license">L</a>')).toBe(
      '<a href="/about/" rel="license noopener" target="_blank">L</a>',
    );
    expect(externalizeLinks('<a href="/x/" target="_self">x</a>')).toBe('<a href="/x/" target="_self">x</a>');
  });
});
