/**
 * Copy controls. The buttons are in the markup and hidden by CSS when scripts are off (then the
 * permalinks, citations and embed code are plain, selectable text); this wires them up:
 * `button[data-copy-target]` copies the text of the element it names (citations, embed code), and a
 * click on a section's "#" link also copies its full URL.
 * A visible confirmation replaces the button text; a live region says it too. Without clipboard
 * access the text is selected (and a permalink's URL shown in a selectable field) instead.
 */
const live = document.createElement('p');
live.className = 'sr-only';
live.setAttribute('role', 'status');
document.body.append(live);

function canonical(hash: string): string {
  const base = document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? location.href;
  return base.replace(/#.*$/, '') + hash;
}

function confirm(button: HTMLButtonElement, message: string): void {
  const label = button.querySelector('[data-label]') ?? button;
  const original = label.textContent;
  label.textContent = message.split(':')[0]!;
  live.textContent = message;
  setTimeout(() => (label.textContent = original), 2500);
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function select(el: Element): void {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    el.focus();
    el.select();
    return;
  }
  (el as HTMLElement).focus();
  getSelection()?.selectAllChildren(el);
}

// The page's edition picks the words (the Russian edition's pages have lang="ru").
const RU = document.documentElement.lang === 'ru';
const WORDS = RU
  ? { fallback: 'Скопируйте выделенный текст (Ctrl+C или ⌘C)', copied: 'Скопировано', link: 'Ссылка скопирована' }
  : { fallback: 'Copy the selected text (Ctrl+C or ⌘C)', copied: 'Copied', link: 'Link copied' };

// A section's link control is a plain "#" link: following it puts the fragment in the address bar;
// with scripts a click also copies the full canonical URL (home, even from an embed) and says so.
const PERMALINKS = 'a.permalink, a.scrolly__permalink, a.scrolly-step__permalink';
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest<HTMLAnchorElement>(PERMALINKS);
  if (!link) return;
  const url = canonical(link.hash);
  void copy(url).then((ok) => {
    if (!ok) return;
    link.dataset.copied = '';
    live.textContent = `${WORDS.link}: ${url}`;
    setTimeout(() => delete link.dataset.copied, 2500);
  });
});

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
  const source = document.getElementById(button.dataset.copyTarget ?? '');
  if (!source) continue;
  button.addEventListener('click', async () => {
    const text = source instanceof HTMLTextAreaElement ? source.value : (source.textContent ?? '');
    if (await copy(text)) return confirm(button, `${WORDS.copied}: ${button.dataset.copyWhat ?? ''}`);
    select(source);
    confirm(button, WORDS.fallback);
  });
}

export {};
