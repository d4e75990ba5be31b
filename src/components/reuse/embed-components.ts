/**
 * The MDX components the embed page renders a chapter with. Embeds unroll every scrolly section
 * (sticky scrolling does not work in a pym-sized frame), so once the chapter components land this
 * maps `Scrolly` to the engine's unrolled view: `{ ...chapterComponents, Scrolly: ScrollyAll }`.
 */
export const embedComponents: Record<string, unknown> = {};
