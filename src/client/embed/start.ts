/**
 * `?step=<id>` on an embed: the frame starts at that step. Everything before the step is hidden and a
 * button brings it back. The id is only compared with step ids present in this page and never written
 * anywhere; an unknown value leaves the page as it is.
 */
import { requestedStep } from '~/lib/reuse/step-param.ts';

const body = document.querySelector<HTMLElement>('[data-embed-body]');
const notice = document.querySelector<HTMLElement>('[data-embed-start]');
const steps = [...document.querySelectorAll<HTMLElement>('.scrolly-step[id], [data-step][id]')];
const id = requestedStep(
  location.search,
  steps.map((s) => s.id),
);
const step = id ? steps.find((s) => s.id === id) : undefined;

if (body && notice && step && body.contains(step)) {
  const hidden: HTMLElement[] = [];
  for (let node: HTMLElement | null = step; node && node !== body; node = node.parentElement) {
    for (let sib = node.previousElementSibling; sib; sib = sib.previousElementSibling) {
      if (sib instanceof HTMLElement && !sib.hidden) {
        sib.hidden = true;
        hidden.push(sib);
      }
    }
  }
  const count = notice.querySelector<HTMLElement>('[data-embed-start-count]');
  // The words come from the page, in its edition ("step {n} of {total}", "шага {n} из {total}").
  const template = count?.dataset.template ?? 'step {n} of {total}';
  if (count)
    count.textContent = template
      .replace('{n}', String(steps.indexOf(step) + 1))
      .replace('{total}', String(steps.length));
  notice.hidden = false;
  notice.querySelector('button')?.addEventListener('click', () => {
    for (const el of hidden) el.hidden = false;
    notice.hidden = true;
    body.focus();
  });
}
