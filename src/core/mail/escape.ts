/**
 * Every user-supplied value goes through `html()` before it is placed in the HTML part, and
 * through `plain()` everywhere: NFC (a name typed on a Mac arrives decomposed), no control
 * characters. Spreadsheet-formula look-alikes (`=cmd`) are harmless in a mail and shown as typed.
 */
export function plain(value: string | number | undefined | null): string {
  if (value === undefined || value === null) return '';
  const text = String(value).normalize('NFC');
  // Most texts have nothing to strip: a test is cheaper than two replaces (10,000 mails at once).
  if (!NEEDS_CLEANING.test(text)) return text;
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').replace(/\r\n?/g, '\n');
}

// eslint-disable-next-line no-control-regex
const NEEDS_CLEANING = /[\u0000-\u0008\u000B-\u001F\u007F]/;

/** One line: for subjects and table cells. */
export function oneLine(value: string | number | undefined | null): string {
  const text = plain(value);
  // Nothing to fold (no break, tab, odd space, double or outer space): the text as it is.
  return /[^\S ]| {2}|^ | $/.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function html(value: string | number | undefined | null): string {
  const text = plain(value);
  return /[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITIES[c]!) : text;
}

/** Only http(s) links become clickable; anything else (javascript:, data:) is shown as text. */
export function safeUrl(value: string | undefined): string | undefined {
  const url = oneLine(value);
  return /^https?:\/\/[^\s<>"']+$/i.test(url) ? url : undefined;
}

export function link(url: string | undefined, label?: string): string {
  const safe = safeUrl(url);
  const shown = html(label ?? url ?? '');
  return safe ? `<a href="${html(safe)}">${shown}</a>` : shown;
}

/** Paragraphs of escaped text; line breaks kept. */
export function paragraphs(text: string): string {
  return plain(text)
    .split(/\n{2,}/)
    .map((p) => `<p>${html(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}
