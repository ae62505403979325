import { html, safeUrl } from './escape';
import type { Language } from '../plan';

/**
 * The HTML shell shared by every mail, built for the phone most teachers and parents read on:
 * inline styles only (mail clients drop <style>), one column at most 600 px wide, 16 px text,
 * and long words (a form's address, a pasted link) broken rather than scrolled sideways.
 */
export function htmlDocument(language: Language, title: string, body: string): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${language}">`,
    '<head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>' + html(title) + '</title></head>',
    '<body style="margin:0;padding:0;background:#ffffff">',
    `<div style="${COLUMN_STYLE}">`,
    body,
    '</div>',
    '</body>',
    '</html>',
  ].join('\n');
}

const COLUMN_STYLE = [
  'max-width:600px',
  'margin:0 auto',
  'padding:16px',
  'font-family:Arial,Helvetica,sans-serif',
  'font-size:16px',
  'line-height:1.5',
  'color:#202124',
  'overflow-wrap:anywhere',
  'word-break:break-word',
].join(';');

/** What a mail asks the reader to do: a form to answer, an event to add to the calendar. */
export interface MailAction {
  readonly label: string;
  readonly url: string;
  /** One short line under the button, e.g. the form's deadline. */
  readonly note?: string;
}

/**
 * One action as a button a thumb can hit (44 px high at least; dark blue on white text keeps a
 * contrast above 7:1). An address that is not http(s) is shown as text, never linked.
 */
export function actionButton(action: MailAction): string {
  const url = safeUrl(action.url);
  const label = html(action.label);
  const button = url
    ? `<a href="${html(url)}" style="${BUTTON_STYLE}">${label}</a>`
    : `<p style="margin:8px 0 0;font-weight:bold">${label}</p>`;
  const note = action.note ? `<p style="${NOTE_STYLE}">${html(action.note)}</p>` : '';
  return `<div style="margin:0 0 12px">${button}${note}</div>`;
}

const BUTTON_STYLE = [
  'display:block',
  'min-height:44px',
  'box-sizing:border-box',
  'padding:12px 16px',
  'background:#0b4f9c',
  'color:#ffffff',
  'border-radius:6px',
  'font-weight:bold',
  'text-align:center',
  'text-decoration:none',
].join(';');

const NOTE_STYLE = 'margin:4px 0 0;font-size:14px;color:#4a4f55';

/** A section's heading inside a mail (the programme). */
export const HEADING_STYLE = 'margin:20px 0 4px;font-size:19px;line-height:1.3';

/** A small heading inside a section (a day of the programme). */
export const SUBHEADING_STYLE = 'margin:16px 0 4px;font-size:17px;line-height:1.3';

/** Plain-text lines of the same actions, for the text part and mail clients without HTML. */
export function actionLines(actions: readonly MailAction[]): string[] {
  return actions.map((a) => `- ${a.label}: ${a.url}${a.note ? ` (${a.note})` : ''}`);
}
