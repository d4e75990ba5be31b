/**
 * The MDX components the embed page renders a chapter with: the chapter page's, except that every
 * scrolly section is unrolled (sticky scrolling does not work in a pym-sized frame).
 */
import ScrollyAll from './ScrollyAll.astro';
import Step from '~/components/scrolly/Step.astro';

export const embedComponents = { Scrolly: ScrollyAll, Step };
