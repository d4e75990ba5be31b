import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { load } from 'cheerio';
import { expect, it } from 'vitest';
import Base from '~/layouts/Base.astro';

it('renders the page frame a reader and a screen reader rely on', async () => {
  const container = await AstroContainer.create();
  const html = await container.renderToString(Base, {
    props: { title: 'A chapter', description: 'What the chapter says.', path: '/a-chapter/' },
    slots: { default: '<p>Body</p>' },
  });
  const $ = load(html);
  expect($('html').attr('lang')).toBe('en');
  expect($('title').text()).toBe('A chapter · The bounty report, June 2020');
  expect($('a.skip-link').attr('href')).toBe('#main');
  expect($('main#main p').text()).toBe('Body');
  expect($('link[rel=canonical]').attr('href')).toMatch(/\/a-chapter\/$/);
  expect($('meta[name=robots]')).toHaveLength(0);
});

it('marks pages that must not be indexed', async () => {
  const container = await AstroContainer.create();
  const html = await container.renderToString(Base, {
    props: { title: 'Embed', description: 'An embed.', path: '/embed/x/', noindex: true },
  });
  expect(load(html)('meta[name=robots]').attr('content')).toBe('noindex');
});
