import type { Language } from '../plan';
import { html, oneLine, paragraphs, plain } from './escape';
import { htmlDocument } from './layout';
import type { RenderedMail } from './rendered-mail';

/** A short mail of a greeting, paragraphs and a signature: the shape of the smaller templates. */
export interface SimpleMailParts {
  readonly language: Language;
  readonly subject: string;
  readonly greeting: string;
  readonly paragraphs: readonly string[];
  /** Label and value pairs shown as a small list (e.g. the activity, the time). */
  readonly facts?: readonly (readonly [string, string])[];
  readonly closing: string;
  readonly signature: string;
}

export function simpleMail(parts: SimpleMailParts): RenderedMail {
  const subject = oneLine(parts.subject);
  const facts = (parts.facts ?? [])
    .map(([k, v]) => [oneLine(k), oneLine(v)] as const)
    .filter(([, v]) => v !== '');
  const text = [
    oneLine(parts.greeting),
    '',
    ...parts.paragraphs.flatMap((p) => [plain(p).trim(), '']),
    ...(facts.length > 0 ? [...facts.map(([k, v]) => `- ${k}: ${v}`), ''] : []),
    oneLine(parts.closing),
    oneLine(parts.signature),
  ].join('\n');
  const body = [
    `<p>${html(oneLine(parts.greeting))}</p>`,
    ...parts.paragraphs.map((p) => paragraphs(p.trim())),
    ...(facts.length > 0
      ? ['<ul>', ...facts.map(([k, v]) => `<li><strong>${html(k)}:</strong> ${html(v)}</li>`), '</ul>']
      : []),
    `<p>${html(oneLine(parts.closing))}<br>${html(oneLine(parts.signature))}</p>`,
  ].join('\n');
  return { subject, text, html: htmlDocument(parts.language, subject, body) };
}
