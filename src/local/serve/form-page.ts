import { catalogue } from '../../core/i18n/catalogue';
import { html } from '../../core/mail/escape';
import type { FormSpec, Question } from '../../core/forms/types';
import { FIELD_LIMITS, OTHER_CHOICE, otherField } from '../../core/forms/web-answers';
import { pageShell } from './page-shell';

/** The field that carries the page's anti-forgery token. */
export const TOKEN_FIELD = '_token';

export interface FormPageOptions {
  readonly token: string;
  readonly action: string;
  /** Answers given in the link (the results form's `?activity=…`), by question key. */
  readonly prefill?: Readonly<Record<string, string>>;
}

/**
 * A FormSpec as a form a person can fill in and send: every question, the email too (there is
 * no Google account here to collect it), each with its label, help, choices and the browser's
 * own checks (required, maxlength, type=email); the server checks everything again.
 */
export function renderFormPage(spec: FormSpec, options: FormPageOptions): string {
  const t = catalogue(spec.language).serve.page;
  const questions = spec.questions.map((q) => question(spec, q, options.prefill?.[q.key])).join('\n');
  const body = `<div class="card lead">
<h1>${html(spec.title)}</h1>
<p class="desc">${html(spec.description)}</p>
<p class="note">${html(t.requiredNote)}</p>
<p class="note">${html(t.localNote)}</p>
</div>
<form method="post" action="${html(options.action)}" accept-charset="utf-8">
<input type="hidden" name="${TOKEN_FIELD}" value="${html(options.token)}">
${questions}
<button type="submit">${html(t.send)}</button>
</form>`;
  return pageShell(spec.language, spec.title, body);
}

const idOf = (q: Question): string => `q-${q.key}`;

function heading(q: Question): string {
  return `${html(q.title)}${q.required ? ' <span class="req" aria-hidden="true">*</span>' : ''}`;
}

function helpOf(q: Question): string {
  return q.help ? `<p class="help" id="${idOf(q)}-help">${html(q.help)}</p>` : '';
}

function question(spec: FormSpec, q: Question, prefilled: string | undefined): string {
  const described = q.help ? ` aria-describedby="${idOf(q)}-help"` : '';
  const required = q.required ? ' required' : '';
  const limit = FIELD_LIMITS[q.type];
  switch (q.type) {
    case 'text':
    case 'email': {
      const type = q.type === 'email' ? ' autocomplete="email"' : '';
      const input = `<input type="${q.type}" id="${idOf(q)}" name="${q.key}" maxlength="${limit}"${type}${required}${described}>`;
      return card(`<label class="q" for="${idOf(q)}">${heading(q)}</label>${helpOf(q)}${input}`);
    }
    case 'paragraph': {
      const area = `<textarea id="${idOf(q)}" name="${q.key}" maxlength="${limit}"${required}${described}></textarea>`;
      return card(`<label class="q" for="${idOf(q)}">${heading(q)}</label>${helpOf(q)}${area}`);
    }
    case 'list': {
      const t = catalogue(spec.language).serve.page;
      const options = (q.choices ?? [])
        .map((c) => `<option${c === prefilled ? ' selected' : ''}>${html(c)}</option>`)
        .join('');
      const select = `<select id="${idOf(q)}" name="${q.key}"${required}${described}><option value="">${html(t.choose)}</option>${options}</select>`;
      return card(`<label class="q" for="${idOf(q)}">${heading(q)}</label>${helpOf(q)}${select}`);
    }
    case 'multipleChoice':
    case 'checkbox':
      return card(choices(spec, q, prefilled, described));
  }
}

function choices(spec: FormSpec, q: Question, prefilled: string | undefined, described: string): string {
  const type = q.type === 'checkbox' ? 'checkbox' : 'radio';
  // A radio group is required through its buttons; "at least one box" is the server's check.
  const required = q.required && type === 'radio' ? ' required' : '';
  const items = (q.choices ?? []).map((c, i) => {
    const checked = c === prefilled ? ' checked' : '';
    return `<label class="choice"><input type="${type}" name="${q.key}" value="${html(c)}" id="${idOf(q)}-${i}"${required}${checked}><span>${html(c)}</span></label>`;
  });
  if (q.otherOption) {
    const t = catalogue(spec.language).serve.page;
    items.push(
      `<label class="choice"><input type="${type}" name="${q.key}" value="${OTHER_CHOICE}"${required}><span>${html(t.other)}</span></label>` +
        `<input type="text" class="other" name="${otherField(q.key)}" maxlength="${FIELD_LIMITS.text}" aria-label="${html(t.otherText)}">`,
    );
  }
  return `<fieldset${described}><legend>${heading(q)}</legend>${helpOf(q)}${items.join('')}</fieldset>`;
}

const card = (inner: string): string => `<div class="card">${inner}</div>`;
