/**
 * The light scheme's colours for images drawn outside the browser (the share images): librsvg, which
 * sharp uses, knows no custom properties, so var(--token) references are resolved from tokens.css at
 * build time, and a colour changed there changes the share images too.
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
