import Count from './Count.astro';
import Src from './Src.astro';
import Scrolly from './scrolly/Scrolly.astro';
import Step from './scrolly/Step.astro';
import Tr from './Tr.astro';

/** Components every chapter may use without importing: pass as <Content components={mdxComponents} />. */
export const mdxComponents = { Src, Count, Scrolly, Step, Tr };
