/**
 * The embed box's "start at step" picker: rewrites the snippet's iframe src with ?step=<id>. The ids
 * come from the <option>s written at build time (each labelled with its step's first sentence); the
 * value is checked against them before use.
 */
import { embedSrc } from '~/lib/reuse/step-param.ts';

for (const box of document.querySelectorAll<HTMLElement>('[data-embed-box]')) {
  const code = box.querySelector<HTMLTextAreaElement>('textarea');
  const picker = box.querySelector<HTMLSelectElement>('select');
  const base = box.dataset.embedSrc;
  if (!code || !picker || !base) continue;
  const ids = [...picker.options].map((o) => o.value).filter(Boolean);
  const template = code.value;
  picker.addEventListener('change', () => {
    const src = embedSrc(base, picker.value, ids).replace(/&/g, '&amp;');
    code.value = template.replace(base, src);
  });
}
