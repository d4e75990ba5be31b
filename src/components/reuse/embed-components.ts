/**
 * The MDX components the embed page renders a chapter with: the chapter page's, except that every
 * scrolly section is unrolled (sticky scrolling does not work in a pym-sized frame).
 */
import ScrollyAll from './ScrollyAll.astro';
import { mdxComponents } from '~/components/mdx-components.ts';

export const embedComponents = { ...mdxComponents, Scrolly: ScrollyAll };
