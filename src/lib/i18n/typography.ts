/**
 * Russian typesetting of text a translator typed with ordinary spaces: a dash never starts a line
 * (no-break space before «—»), and a one- or two-letter preposition or conjunction never ends one.
 */
export function russianTypography(text: string): string {
  return text
    .replace(/ (?=[—–])/g, '\u00a0')
    .replace(/(?<=^|[\s(«„])([вкосуияВКОСУИЯ]|во|ко|со|на|по|за|из|от|до|не|но|об) /g, '$1\u00a0');
}

/**
 * Text a script writes into a page later (a graphic's state titles, "Step {n} of {total}"), typeset
 * as the page's own text is: a Russian page is typeset after rendering (edition-html.ts), which
 * leaves scripts' JSON and attributes alone.
 */
export function typesetFor(locale: string, text: string): string {
  return locale === 'ru' ? russianTypography(text) : text;
}
