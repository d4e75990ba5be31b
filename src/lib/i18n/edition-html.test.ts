import { describe, expect, it } from 'vitest';
import { russianFootnoteLabels, typesetRussian, withEnglishHeadingIds } from './edition-html.ts';

describe('a Russian page keeps the English anchors', () => {
  it('gives headings the English ids in order, and leaves the footnote label alone', () => {
    const html =
      '<h2 id="что-сообщила-газета">Что сообщила газета</h2><h3 id="кто">Кто</h3>' +
      '<h2 id="footnote-label">Примечания</h2>';
    expect(withEnglishHeadingIds(html, ['what-the-report-said', 'who'])).toBe(
      '<h2 id="what-the-report-said">Что сообщила газета</h2><h3 id="who">Кто</h3>' +
        '<h2 id="footnote-label">Примечания</h2>',
    );
  });
  it('names the back-links in Russian', () => {
    expect(russianFootnoteLabels('<a href="#x" aria-label="Back to reference 3-2">↩</a>')).toBe(
      '<a href="#x" aria-label="Вернуться к ссылке 3-2">↩</a>',
    );
  });
  it('sets no-break spaces in text, never in markup', () => {
    expect(typesetRussian('<a href="#a — b" title="в доме">Песков — в Кремле</a>')).toBe(
      '<a href="#a — b" title="в доме">Песков\u00a0— в\u00a0Кремле</a>',
    );
  });
});

describe('typesetting leaves code alone', () => {
  it('does not touch a script or a style', () => {
    const html = '<p>и в</p><script type="application/json">{"a":"и в — б"}</script><style>a{}</style>';
    expect(typesetRussian(html)).toBe(
      '<p>и\u00a0в</p><script type="application/json">{"a":"и в — б"}</script><style>a{}</style>',
    );
  });
});
