/**
 * A stylesheet for a graphic drawn outside the browser (the share image). librsvg, which sharp uses,
 * reads a <style> inside the SVG but not the page's CSS, and custom properties are the page's business:
 * so the graphic's own rules are kept, their var(--token) references are replaced by the light scheme's
 * values from tokens.css, and rules that only matter on a page (print, forced colours, dark scheme,
 * focus, transitions) are dropped. Read from the CSS files at build time, so a colour changed there
 * changes the share image too.
 */
import postcss from 'postcss';

interface Rule {
  selector: string;
  declarations: [string, string][];
}

/** Top-level rules of a stylesheet, read with PostCSS; @-blocks (@media, @supports, …) are left out. */
function rules(css: string): Rule[] {
  return postcss.parse(css).nodes.flatMap((node) =>
    node.type === 'rule'
      ? [
          {
            selector: node.selectors.map((s) => s.replace(/\s+/g, ' ')).join(', '),
            declarations: node.nodes.flatMap((d) =>
              d.type === 'decl' ? [[d.prop, d.value.replace(/\s+/g, ' ')] as [string, string]] : [],
            ),
          },
        ]
      : [],
  );
}

/**
 * The custom properties of the light scheme: every `--name: value` in a `:root` rule outside @media
 * (the dark scheme and the motion switch live inside @media blocks).
 */
export function lightTokens(tokensCss: string): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const rule of rules(tokensCss)) {
    if (rule.selector !== ':root') continue;
    for (const [name, value] of rule.declarations) if (name.startsWith('--')) tokens.set(name, value);
  }
  return tokens;
}

/** Replaces var(--name) and var(--name, fallback) with the token's value; unknown tokens fail loudly. */
export function resolveVars(value: string, tokens: Map<string, string>, where = 'stylesheet'): string {
  let out = value;
  for (let guard = 0; out.includes('var(') && guard < 10; guard++) {
    out = out.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^()]*))?\)/g, (_, name: string, fallback?: string) => {
      const v = tokens.get(name) ?? fallback?.trim();
      if (v === undefined) throw new Error(`${where}: var(${name}) is not a light-scheme token in tokens.css`);
      return v;
    });
  }
  return out;
}

/** Properties that only matter in a browser, and selectors for states a still image never has. */
const PAGE_ONLY_PROPERTY = /^(transition|animation|cursor|outline)/;
const PAGE_ONLY_SELECTOR = /:(focus|hover|active)/;

/**
 * The graphic's stylesheet with colours resolved for a still image, minified to one line per rule.
 * `where` names the file in error messages.
 */
export function stillStylesheet(graphicCss: string, tokens: Map<string, string>, where: string): string {
  return rules(graphicCss)
    .map((rule) => {
      const selector = rule.selector
        .split(',')
        .map((s) => s.trim())
        .filter((s) => !PAGE_ONLY_SELECTOR.test(s))
        .join(',');
      const declarations = rule.declarations
        .filter(([name]) => !PAGE_ONLY_PROPERTY.test(name))
        .map(([name, value]) => `${name}:${resolveVars(value, tokens, `${where} › ${rule.selector} › ${name}`)}`);
      return selector && declarations.length ? `${selector}{${declarations.join(';')}}` : '';
    })
    .filter(Boolean)
    .join('\n');
}
