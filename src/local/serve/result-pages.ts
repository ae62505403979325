import type { SubmitOutcome } from '../../app/forms/handle-form-submit';
import { catalogue } from '../../core/i18n/catalogue';
import { html } from '../../core/mail/escape';
import type { Answer, FormSpec } from '../../core/forms/types';
import type { Language } from '../../core/plan';
import { pageShell } from './page-shell';

/**
 * What the person who sent a form sees, and only they: it is the answer to their own post, not
 * a page anyone can open later, so a family's answers are shown to nobody else. Every value is
 * escaped as they typed it; the cell holds the neutralised copy.
 */
export function renderConfirmationPage(
  spec: FormSpec,
  outcome: SubmitOutcome,
  answers: Readonly<Record<string, Answer>>,
  indexHref: string,
): string {
  const t = catalogue(spec.language).serve.confirmation;
  const said =
    outcome.status === 'duplicate'
      ? `<p>${html(t.duplicate)}</p>`
      : outcome.status === 'flagged'
        ? `<p>${html(t.flagged)}</p><ul>${outcome.reasons.map((r) => `<li>${html(r)}</li>`).join('')}</ul>`
        : '';
  const rows = spec.questions
    .map((q) => {
      const answer = answers[q.title];
      const shown =
        answer === undefined || answer.length === 0
          ? t.blank
          : typeof answer === 'string'
            ? answer
            : answer.join('\n');
      return `<dt>${html(q.title)}</dt><dd class="answer">${html(shown)}</dd>`;
    })
    .join('');
  const body = `<div class="card lead" role="status">
<h1>${html(t.heading)}</h1>
<p class="note">${html(spec.title)}</p>
<p class="desc">${html(spec.confirmation)}</p>
${said}
</div>
<div class="card"><p class="note">${html(t.yours)}</p><dl>${rows}</dl></div>
<p><a href="${html(indexHref)}">${html(t.again)}</a></p>`;
  return pageShell(spec.language, t.heading, body);
}

/** A refusal: what went wrong, that nothing was recorded, and the way back. */
export function renderProblemPage(
  language: Language | undefined,
  title: string,
  message: string,
  back: { readonly href: string; readonly label?: string },
): string {
  const t = catalogue(language).serve.problem;
  const body = `<div class="card problem" role="alert">
<h1>${html(title)}</h1>
<p>${html(message)}</p>
<p>${html(t.nothingRecorded)}</p>
</div>
<p><a href="${html(back.href)}">${html(back.label ?? t.back)}</a></p>`;
  return pageShell(language, title, body);
}

/** The list of forms, shown at the root when no dashboard is mounted there. */
export function renderIndexPage(
  language: Language | undefined,
  forms: readonly { readonly title: string; readonly href: string }[],
  dashboardHref?: string,
): string {
  const t = catalogue(language).serve.index;
  const items = forms.map((f) => `<li><a href="${html(f.href)}">${html(f.title)}</a></li>`).join('');
  const dashboard = dashboardHref
    ? `<div class="card"><p><a href="${html(dashboardHref)}">${html(t.dashboard)}</a></p></div>`
    : '';
  const body = `<div class="card lead"><h1>${html(t.title)}</h1><p>${html(t.intro)}</p></div>
<div class="card"><ul class="forms">${items}</ul></div>${dashboard}`;
  return pageShell(language, t.title, body);
}
