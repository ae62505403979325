import type { Language } from '../plan';
import { html, link, oneLine, paragraphs, plain, safeUrl } from './escape';
import { actionButton, actionLines, htmlDocument, type MailAction } from './layout';
import type { RenderedMail } from './rendered-mail';

/** A short mail of a greeting, paragraphs and a signature: the shape of the smaller templates. */
export interface SimpleMailParts {
  readonly language: Language;
  readonly subject: string;
  readonly greeting: string;
  readonly paragraphs: readonly string[];
  /** Label and value pairs shown as a small list (e.g. the activity, the time). */
  readonly facts?: readonly (readonly [string, string])[];
  /** What the reader can do: buttons right after the (short) paragraphs, before the details. */
  readonly actions?: readonly MailAction[];
  readonly closing: string;
  readonly signature: string;
}

export function simpleMail(parts: SimpleMailParts): RenderedMail {
  const subject = oneLine(parts.subject);
  const facts = (parts.facts ?? [])
    .map(([k, v]) => [oneLine(k), oneLine(v)] as const)
    .filter(([, v]) => v !== '');
  const actions = (parts.actions ?? [])
    .map((a) => ({ ...a, label: oneLine(a.label), url: oneLine(a.url) }))
    .filter((a) => a.url !== '');
  const texts = parts.paragraphs.map((p) => p.trim()).filter((p) => p !== '');
  const text = [
    oneLine(parts.greeting),
    '',
    ...texts.flatMap((p) => [plain(p), '']),
    ...(actions.length > 0 ? [...actionLines(actions), ''] : []),
    ...(facts.length > 0 ? [...facts.map(([k, v]) => `- ${k}: ${v}`), ''] : []),
    oneLine(parts.closing),
    oneLine(parts.signature),
  ].join('\n');
  const body = [
    `<p>${html(oneLine(parts.greeting))}</p>`,
    ...texts.map((p) => paragraphs(p)),
    ...actions.map(actionButton),
    ...(facts.length > 0
      ? [
          '<ul style="padding-left:20px">',
          ...facts.map(([k, v]) => `<li><strong>${html(k)}:</strong> ${safeUrl(v) ? link(v) : html(v)}</li>`),
          '</ul>',
        ]
      : []),
    `<p>${html(oneLine(parts.closing))}<br>${html(oneLine(parts.signature))}</p>`,
  ].join('\n');
  return { subject, text, html: htmlDocument(parts.language, subject, body) };
}
