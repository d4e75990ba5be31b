/**
 * The embed box's "start at step" picker: rewrites the snippet's iframe src with ?step=<id>. The ids
 * come from the <option>s written at build time; the value is checked against them before use. The
 * picker needs scripts anyway, so its labels are the steps' first sentences, read from the page.
 */
import { embedSrc } from '~/lib/reuse/step-param.ts';
import { stepTitle } from '~/lib/reuse/step-title.ts';

for (const box of document.querySelectorAll<HTMLElement>('[data-embed-box]')) {
  const code = box.querySelector<HTMLTextAreaElement>('textarea');
  const picker = box.querySelector<HTMLSelectElement>('select');
  const base = box.dataset.embedSrc;
  if (!code || !picker || !base) continue;
  const ids = [...picker.options].map((o) => o.value).filter(Boolean);
  // Each step is offered by what it says (its first sentence, as the reader sees it on this page),
  // labelled in a task of its own: reading every step's text need not lengthen the page's first one.
  setTimeout(() => labelSteps(picker));
  const template = code.value;
  picker.addEventListener('change', () => {
    const src = embedSrc(base, picker.value, ids).replace(/&/g, '&amp;');
    code.value = template.replace(base, src);
  });
}

function labelSteps(picker: HTMLSelectElement): void {
  for (const option of picker.options) {
    const text = option.value && document.getElementById(option.value)?.querySelector('.scrolly-step__text');
    if (!text) continue;
    // Without the footnote numbers and their pop-ups, which are text too.
    const words = text.cloneNode(true) as Element;
    words.querySelectorAll('sup, .fn-pop, .quote-card').forEach((e) => e.remove());
    // <q> draws its quotation marks with CSS; in an <option> they must be text.
    words.querySelectorAll('q').forEach((q) => q.replaceWith(`“${q.textContent ?? ''}”`));
    option.textContent = `${option.textContent?.replace(/:.*$/, '')}: ${stepTitle(words.textContent ?? '')}`;
  }
}
