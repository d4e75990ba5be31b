/**
 * The light scheme's colours for images drawn outside the browser (the share images): librsvg, which
 * sharp uses, knows no custom properties, so var(--token) references are resolved from tokens.css at
 * build time, and a colour changed there changes the share images too.
 */

/** Removes comments, then every @-block (@media …{…}) with its nested braces. */
function stripAtBlocks(css: string): string {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  let out = '';
  let i = 0;
  while (i < text.length) {
    const at = text.indexOf('@', i);
    if (at < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, at);
    const open = text.indexOf('{', at);
    const semi = text.indexOf(';', at);
    if (open < 0 || (semi >= 0 && semi < open)) {
      i = semi < 0 ? text.length : semi + 1; // @import …; and the like
      continue;
    }
    let depth = 0;
    let j = open;
    for (; j < text.length; j++) {
      if (text[j] === '{') depth++;
      else if (text[j] === '}' && --depth === 0) break;
    }
    i = j + 1;
  }
  return out;
}

interface Rule {
  selector: string;
  declarations: [string, string][];
}

/** Top-level rules of a stylesheet without @-blocks. */
function rules(css: string): Rule[] {
  return [...stripAtBlocks(css).matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({
    selector: m[1]!.trim().replace(/\s+/g, ' '),
    declarations: m[2]!
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const colon = d.indexOf(':');
        return [
          d.slice(0, colon).trim(),
          d
            .slice(colon + 1)
            .trim()
            .replace(/\s+/g, ' '),
        ] as [string, string];
      }),
  }));
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
