import Count from './Count.astro';
import Src from './Src.astro';

/** Components every chapter may use without importing: pass as <Content components={mdxComponents} />. */
export const mdxComponents = { Src, Count };
