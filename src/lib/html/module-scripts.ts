/** The processed scripts Astro renders into a page, `<script type="module" src="…"></script>`. */
const MODULE_SCRIPT = /<script type="module" src="([^"]+)"><\/script>/g;

/** Takes the module script tags out of rendered HTML; returns the rest and their URLs, in order. */
export function takeModuleScripts(html: string): { html: string; urls: string[] } {
  const urls: string[] = [];
  const rest = html.replace(MODULE_SCRIPT, (_, src: string) => {
    urls.push(src);
    return '';
  });
  return { html: rest, urls };
}

/**
 * The module scripts a page loads after its first paint: the URLs AfterPaint.astro lists in the
 * loader's data-modules attribute (an empty list when the attribute is absent).
 */
export function afterPaintModules(dataModules: string | undefined): string[] {
  return dataModules ? (JSON.parse(dataModules) as string[]) : [];
}
