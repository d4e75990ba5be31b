/**
 * The language switch keeps the reader's place: both editions share every id, so the fragment the
 * reader is at (a step, a statement, a footnote) is carried to the other edition's page.
 */
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-edition-switch]');
  if (link && location.hash) link.hash = location.hash;
});
