import type { FigureFiles } from '~/components/scrolly/section-build.ts';

/** Step figure files as the build registers them (Scrolly.astro: emitFigure), kept by URL for a test to read. */
export function figureFiles(css = ''): FigureFiles & { emitted: Map<string, string> } {
  const emitted = new Map<string, string>();
  const emit = (stem: string, svg: string) => {
    const url = `/_files/${stem}.svg`;
    emitted.set(url, svg);
    return url;
  };
  return { css, emit, emitted };
}
