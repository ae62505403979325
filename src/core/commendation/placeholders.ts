import { foldKey } from '../text';

/**
 * The `{{placeholders}}` of a certificate template. A placeholder the engine does not know comes
 * out blank in every certificate (the commonest failure of mail-merge tools), so the template is
 * checked first and nothing is made while any problem remains. Names are matched after NFC, with
 * case and spacing tolerated but not diacritics: `{{Ho ten}}` is a different word, reported with
 * the field it probably meant.
 */
export const CERTIFICATE_FIELDS = ['Họ tên', 'Tổ', 'Danh hiệu', 'Lý do', 'Ngày', 'Người ký'] as const;
export type CertificateField = (typeof CERTIFICATE_FIELDS)[number];

/** Without these the certificate says nothing of whom it is for or what it gives. */
export const REQUIRED_FIELDS: readonly CertificateField[] = ['Họ tên', 'Danh hiệu'];

export type PlaceholderProblem =
  | { readonly kind: 'unknown'; readonly tag: string; readonly suggestion?: CertificateField }
  | { readonly kind: 'missing'; readonly field: CertificateField }
  | { readonly kind: 'unclosed'; readonly near: string };

export interface TemplateCheck {
  /** The fields the template uses, each once, in order of first use. */
  readonly fields: readonly CertificateField[];
  readonly problems: readonly PlaceholderProblem[];
}

/** The spelling the engine compares: NFC, one space between words, lower case. */
const spelling = (tag: string): string => tag.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();

export function knownField(tag: string): CertificateField | undefined {
  const s = spelling(tag);
  return CERTIFICATE_FIELDS.find((f) => spelling(f) === s);
}

function suggestionFor(tag: string): CertificateField | undefined {
  const folded = foldKey(tag).replace(/[^a-z0-9]/g, '');
  return CERTIFICATE_FIELDS.find((f) => foldKey(f).replace(/[^a-z0-9]/g, '') === folded);
}

/** Every `{{…}}` of the text as written, and the text left between them. */
export function placeholderTags(text: string): { readonly tags: string[]; readonly unclosed: string[] } {
  const tags: string[] = [];
  const unclosed: string[] = [];
  let at = 0;
  for (;;) {
    const open = text.indexOf('{{', at);
    if (open < 0) break;
    const close = text.indexOf('}}', open + 2);
    const nextOpen = text.indexOf('{{', open + 2);
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      const end = Math.min(open + 24, nextOpen >= 0 ? nextOpen : text.length);
      unclosed.push(text.slice(open, end).replace(/\s+$/, ''));
      at = open + 2;
      continue;
    }
    tags.push(text.slice(open + 2, close));
    at = close + 2;
  }
  return { tags, unclosed };
}

export function checkTemplate(text: string): TemplateCheck {
  const { tags, unclosed } = placeholderTags(text);
  const fields: CertificateField[] = [];
  const problems: PlaceholderProblem[] = [];
  const reported = new Set<string>();
  for (const tag of tags) {
    const field = knownField(tag);
    if (field) {
      if (!fields.includes(field)) fields.push(field);
      continue;
    }
    const key = spelling(tag);
    if (reported.has(key)) continue;
    reported.add(key);
    const suggestion = suggestionFor(tag);
    problems.push({ kind: 'unknown', tag, ...(suggestion ? { suggestion } : {}) });
  }
  for (const near of unclosed) problems.push({ kind: 'unclosed', near });
  for (const field of REQUIRED_FIELDS) if (!fields.includes(field)) problems.push({ kind: 'missing', field });
  return { fields, problems };
}

/** The text with each known placeholder replaced by its value (the template was checked first). */
export function fillPlaceholders(text: string, values: Readonly<Record<CertificateField, string>>): string {
  return text.replace(/\{\{([^{}]*)\}\}/g, (whole, tag: string) => {
    const field = knownField(tag);
    return field ? values[field] : whole;
  });
}
