/**
 * Copy controls, added only when scripts run (without JS the permalinks, citations and embed code are
 * plain, selectable text). Two kinds:
 * - permalinks (`a[data-copy-link]` and the scrolly section/step "#" links) get a "Copy link" button
 *   that copies the canonical chapter URL plus the fragment, so a copy made in an embed points home;
 * - `button[data-copy-target]` copies the text of the element it names (citations, embed code).
 * A visible confirmation replaces the button text; a live region says it too. Without clipboard
 * access the text is selected (and a permalink's URL shown in a selectable field) instead.
 */
const PERMALINKS = 'a[data-copy-link], a.scrolly__permalink, a.scrolly-step__permalink';

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

const FALLBACK = 'Copy the selected text (Ctrl+C or ⌘C)';

for (const link of document.querySelectorAll<HTMLAnchorElement>(PERMALINKS)) {
  const target = link.hash;
  if (!target) continue;
  const what = (link.textContent ?? '').replace(/^[#\s]*(Link )?/, '').trim() || 'here';
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-button';
  const label = document.createElement('span');
  const extra = document.createElement('span');
  label.dataset.label = '';
  label.textContent = 'Copy link';
  extra.className = 'sr-only';
  extra.textContent = ` ${what}`;
  button.append(label, extra);
  link.after(button);
  button.addEventListener('click', async () => {
    const url = canonical(target);
    if (await copy(url)) return confirm(button, 'Link copied: ' + url);
    let field = button.nextElementSibling;
    if (!(field instanceof HTMLInputElement)) {
      field = document.createElement('input');
      Object.assign(field, { readOnly: true, className: 'copy-fallback', value: url });
      (field as HTMLInputElement).setAttribute('aria-label', `Link ${what}`);
      button.after(field);
    }
    select(field);
    confirm(button, FALLBACK);
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) {
  const source = document.getElementById(button.dataset.copyTarget ?? '');
  if (!source) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const text = source instanceof HTMLTextAreaElement ? source.value : (source.textContent ?? '');
    if (await copy(text)) return confirm(button, 'Copied: ' + (button.dataset.copyWhat ?? 'text'));
    select(source);
    confirm(button, FALLBACK);
  });
}

export {};
