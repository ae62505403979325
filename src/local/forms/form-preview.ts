import { catalogue } from '../../core/i18n/catalogue';
import { html, oneLine, plain } from '../../core/mail/escape';
import type { FormSpec, Question } from '../../core/forms/types';

/**
 * A FormSpec as a page a person can read before the form exists (the local runtime has no
 * Google Forms): every question with its type, whether it is required, its choices and help.
 * Every value from the plan is escaped (HTML) or kept on its own line (Markdown).
 */

export type PreviewFormat = 'markdown' | 'html';

export function previewExtension(format: PreviewFormat): string {
  return format === 'html' ? 'html' : 'md';
}

export function renderFormPreview(spec: FormSpec, format: PreviewFormat): string {
  return format === 'html' ? htmlPreview(spec) : markdownPreview(spec);
}

const shown = (spec: FormSpec): readonly Question[] =>
  spec.collectsEmail ? spec.questions.filter((q) => q.key !== 'email') : spec.questions;

const textsOf = (spec: FormSpec) => catalogue(spec.language).forms.preview;

function markdownPreview(spec: FormSpec): string {
  const t = textsOf(spec);
  // Markdown has no escaping that every viewer honours; text from the plan goes in as plain
  // lines, with the characters that start Markdown structures escaped.
  const md = (value: string): string => plain(value).replace(/([\\`*_[\]<>#|])/g, '\\$1');
  const lines = [`# ${md(oneLine(spec.title))}`, '', md(spec.description), ''];
  if (spec.collectsEmail) lines.push(`_${t.emailNote}_`, '');
  shown(spec).forEach((q, i) => {
    lines.push(`## ${i + 1}. ${md(oneLine(q.title))}${q.required ? ' \\*' : ''}`, '');
    lines.push(`${t.type(t.types[q.type])}${q.required ? t.required : ''}`, '');
    if (q.help) lines.push(`> ${md(oneLine(q.help))}`, '');
    const marker = q.type === 'checkbox' ? '- [ ]' : '- ( )';
    for (const choice of q.choices ?? []) lines.push(`${marker} ${md(oneLine(choice))}`);
    if (q.otherOption) lines.push(`${marker} ${t.other}`);
    if (q.choices?.length || q.otherOption) lines.push('');
  });
  lines.push('---', '', t.after(md(spec.confirmation)), '');
  return lines.join('\n');
}

function htmlPreview(spec: FormSpec): string {
  const t = textsOf(spec);
  const items = shown(spec)
    .map((q) => {
      const input = q.type === 'checkbox' ? 'checkbox' : 'radio';
      const choices = [...(q.choices ?? []), ...(q.otherOption ? [t.other] : [])]
        .map((c) => `<li><label><input type="${input}" disabled> ${html(c)}</label></li>`)
        .join('');
      return [
        '<section>',
        `<h2>${html(q.title)}${q.required ? ' <span class="req">*</span>' : ''}</h2>`,
        `<p class="type">${html(t.types[q.type])}${q.required ? html(t.required) : ''}</p>`,
        q.help ? `<p class="help">${html(q.help)}</p>` : '',
        choices ? `<ul>${choices}</ul>` : '',
        '</section>',
      ].join('');
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${spec.language ?? 'vi'}">
<head>
<meta charset="utf-8">
<title>${html(spec.title)}</title>
<style>
body{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#202124}
section{border:1px solid #dadce0;border-radius:8px;padding:0.5rem 1rem;margin:1rem 0}
.req{color:#d93025}.type,.help{color:#5f6368;font-size:0.9rem}ul{list-style:none;padding-left:0}
.desc{white-space:pre-line}
</style>
</head>
<body>
<h1>${html(spec.title)}</h1>
<p class="desc">${html(spec.description)}</p>
${spec.collectsEmail ? `<p class="help">${html(t.emailNote)}</p>\n` : ''}${items}
<p class="desc">${html(t.after(spec.confirmation))}</p>
</body>
</html>
`;
}
