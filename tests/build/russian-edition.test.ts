/**
 * The Russian edition (issue 16) as built: every page that has a Russian twin has the same public ids
 * in both languages, the two name each other, the switch keeps the path, and the Russian pages read as
 * Russian: their language, counts with their nouns, our translations marked with the English original.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publicIds } from '~/lib/anchors/registry.ts';
import { oembedProblems } from '~/lib/reuse/oembed.ts';
import { russianTypography } from '~/lib/i18n/typography.ts';
import { DIST, htmlPages } from './dist.ts';

const pages = htmlPages();
const byPath = new Map(pages.map((p) => [p.path, p]));
const russian = pages.filter((p) => p.path.startsWith('/ru/'));
const twins = russian.map((ru) => [ru.path.replace(/^\/ru/, ''), ru.path] as const);

it('has a Russian twin of every English page: opening, chapters, embeds, About, teachers, data, search', () => {
  const english = pages.filter((p) => !p.path.startsWith('/ru/') && p.path !== '/404/');
  expect(english.length).toBeGreaterThanOrEqual(17);
  expect(twins.map(([en]) => en).sort()).toEqual(english.map((p) => p.path).sort());
  // The ids compared below are the site's link targets, not a handful.
  expect(twins.reduce((n, [, ru]) => n + publicIds(byPath.get(ru)!.$).length, 0)).toBeGreaterThan(500);
});

/** Embeds are frames for a course page: no site header, no switch, noindex (their chapter pages carry hreflang). */
const isEmbed = (path: string) => path.startsWith('/embed/');

describe.each(twins)('%s and %s', (enPath, ruPath) => {
  const en = byPath.get(enPath)!;
  const ru = byPath.get(ruPath)!;

  it('have the same public ids, so #<id> means the same place in both', () => {
    expect(publicIds(ru.$)).toEqual(publicIds(en.$));
  });

  it('declare their languages', () => {
    expect(en.$('html').attr('lang')).toBe('en');
    expect(ru.$('html').attr('lang')).toBe('ru');
  });

  it('links only to pages that exist, within the Russian edition where it has them', () => {
    ru.$('a[href^="/"]').each((_, a) => {
      const href = (ru.$(a).attr('href') ?? '').replace(/[?#].*$/, '');
      expect(existsSync(join(DIST, href, href.endsWith('/') ? 'index.html' : '')), href).toBe(true);
      if (byPath.has(`/ru${href}`) && !ru.$(a).is('[data-edition-switch]'))
        expect(href, 'a page with a twin').toMatch(/^\/ru\//);
    });
  });
});

describe.each(twins.filter(([en]) => !isEmbed(en)))('%s and %s, as pages a reader browses', (enPath, ruPath) => {
  const en = byPath.get(enPath)!;
  const ru = byPath.get(ruPath)!;

  it('name each other both ways (hreflang)', () => {
    for (const p of [en, ru]) {
      const alt = (l: string) => new URL(p.$(`link[rel=alternate][hreflang=${l}]`).attr('href') ?? 'x:').pathname;
      expect(alt('en')).toBe(enPath);
      expect(alt('ru')).toBe(ruPath);
    }
  });

  it('offer a switch to the other edition’s same page, labelled in its own language', () => {
    const toRu = en.$('a[data-edition-switch]');
    const toEn = ru.$('a[data-edition-switch]');
    expect([toRu.attr('href'), toRu.attr('lang'), toRu.text().trim()]).toEqual([ruPath, 'ru', 'Русский']);
    expect([toEn.attr('href'), toEn.attr('lang'), toEn.text().trim()]).toEqual([enPath, 'en', 'English']);
  });
});

describe('Russian text', () => {
  const chapters = russian.filter((p) => p.$('article[data-chapter-order]').length);

  it('writes counts with the noun in the form the number takes (1 погибший, 2 погибших, 5 погибших)', () => {
    const toll = byPath.get('/ru/the-2019-toll/')!;
    const counts = toll
      .$('data.count')
      .map((_, d) => toll.$(d).text())
      .get();
    expect(counts).toContain('3\u00a0резервиста');
    expect(counts).toContain('21\u00a0имя');
    expect(counts).toContain('20\u00a0случаев гибели');
    expect(counts).toContain('23\u00a0случая гибели');
  });

  it('marks each quote in our translation, with the English original one tap away', () => {
    let marked = 0;
    for (const p of chapters) {
      p.$('q.tr').each((_, q) => {
        const button = p.$(q).next('button.tr__mark');
        expect(button.text()).toBe('перевод редакции');
        const pop = p.$(`#${button.attr('popovertarget')}[popover]`);
        expect(pop.find('q[lang=en]').text().trim(), p.path).not.toBe('');
        marked += 1;
      });
    }
    expect(marked).toBeGreaterThan(80);
  });

  it('keeps dashes off the start of a line (no-break space before —) in every chapter', () => {
    for (const p of chapters) {
      const text = p.$('.chapter__body p').text();
      expect(text, p.path).toContain('\u00a0—');
      expect(text.match(/ —/g) ?? [], p.path).toEqual([]);
    }
  });

  it('typesets what the page\'s script writes (graphic titles, "Шаг 1 из 5", "шага 3 из 5") as the page\'s own text', () => {
    let titles = 0;
    for (const p of chapters) {
      p.$('script[data-scrolly-payload]').each((_, el) => {
        const payload = JSON.parse(p.$(el).text()) as { titles: Record<string, string> };
        for (const title of Object.values(payload.titles)) {
          expect(title, p.path).toBe(russianTypography(title));
          titles += 1;
        }
      });
    }
    // Every template a script fills in: "Шаг {n} из {total}" on chapters, "шага {n} из {total}" on embeds.
    for (const p of russian) {
      p.$('[data-template]').each((_, el) => {
        const template = p.$(el).attr('data-template') ?? '';
        expect(template, p.path).toBe(russianTypography(template));
        expect(template, p.path).toContain('из\u00a0{total}');
      });
    }
    expect(byPath.get('/ru/embed/the-2019-toll/')!.$('[data-embed-start-count]').attr('data-template')).toBe(
      'шага {n} из\u00a0{total}',
    );
    // Typeset titles were no-op only if none had a short preposition: the 2019 chapter's title has «в».
    expect(titles).toBeGreaterThan(20);
    expect(byPath.get('/ru/the-2019-toll/')!.$('script[data-scrolly-payload]').text()).toContain('в\u00a0Афганистане');
  });

  it('names the notes, steps and controls in Russian', () => {
    const p = byPath.get('/ru/who-said-what/')!;
    expect(p.$('#footnote-label').text()).toBe('Примечания и источники');
    expect(p.$('[data-scrolly-status]').first().text().trim()).toMatch(/^Шаг 1 из\s\d+$/);
    expect(p.$('[data-footnotes]').attr('data-note-label')).toBe('Примечание {n}');
    expect(p.$('[data-footnotes]').attr('data-note-link')).toBe('Примечание {n} в списке примечаний');
    expect(p.$('[data-footnote-backref]').first().attr('aria-label')).toMatch(/^Вернуться к ссылке \d+/);
  });

  it('cites the Russian chapter by the Russian standard, ГОСТ Р 7.0.100-2018, first', () => {
    const p = byPath.get('/ru/the-report/')!;
    const first = p.$('.cite .cite__text').first().text();
    expect(first).toMatch(
      /\/\/ .+ : \[сайт\]\. – Дата публикации: \d\d\.\d\d\.\d{4}\. – URL: https?:\/\/.+\/ru\/the-report\/ \(дата обращения: \d\d\.\d\d\.\d{4}\)\. – Текст : электронный\.$/,
    );
  });
});

describe('oEmbed of the Russian chapters', () => {
  const chapters = russian.filter((p) => p.$('article[data-chapter-order]').length);

  it.each(chapters.map((p) => [p.path, p] as const))(
    '%s points to its own oEmbed, which frames the Russian embed',
    (path, p) => {
      const href = new URL(p.$('link[type="application/json+oembed"]').attr('href') ?? 'x:').pathname;
      const slug = path.split('/').filter(Boolean).pop();
      expect(href).toBe(`/ru/oembed/${slug}.json`);
      const body = JSON.parse(readFileSync(join(DIST, href), 'utf8')) as Record<string, string>;
      expect(oembedProblems(body)).toEqual([]);
      expect(body.title).toBe(p.$('h1').text().trim());
      expect(body.html).toContain(`/ru/embed/${slug}/`);
      expect(body.provider_name).toMatch(/[а-яё]/i);
    },
  );
});

describe.each(twins.filter(([en]) => byPath.get(en)?.$('.embed-box select').length))(
  'the embed box of %s and %s',
  (enPath, ruPath) => {
    const options = (path: string) =>
      byPath
        .get(path)!
        .$('.embed-box select option')
        .map((_, o) => ({ value: byPath.get(path)!.$(o).attr('value') ?? '', text: byPath.get(path)!.$(o).text() }))
        .get()
        .filter((o) => o.value);

    it('offers the same steps, each by its first sentence in the page’s language', () => {
      const en = options(enPath);
      const ru = options(ruPath);
      expect(en.length).toBeGreaterThan(1);
      expect(ru.map((o) => o.value)).toEqual(en.map((o) => o.value));
      const begins = (path: string, o: { value: string; text: string }, label: RegExp) => {
        const step = byPath.get(path)!.$(`#${o.value} .scrolly-step__text`).text().replace(/\s+/g, ' ');
        const title = o.text.replace(label, '').replace(/…$/, '').replace(/\s+/g, ' ');
        // The title is how the step begins (the page draws a <q>'s quotation marks with CSS).
        return step.trim().startsWith(title.replace(/[“”«»]/g, '').slice(0, 20));
      };
      for (const [i, o] of en.entries()) {
        expect(begins(enPath, o, /^Step \d+: /), o.text).toBe(true);
        expect(ru[i]!.text, ru[i]!.value).toMatch(/^Шаг \d+: .*[А-Яа-яЁё]/);
        expect(begins(ruPath, ru[i]!, /^Шаг \d+: /), ru[i]!.text).toBe(true);
      }
    });
  },
);
