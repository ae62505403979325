import { catalogue } from '../i18n/catalogue';
import { foldKey } from '../text';

/**
 * The words the importer recognises, folded (no case, no diacritics): the document's own
 * headings and labels in both catalogues (so a document the product wrote, in either language,
 * reads back), and the usual wordings of the schools' plans.
 */

const BOTH = [catalogue('vi').planDocument, catalogue('en').planDocument];

export type FieldKey = keyof ReturnType<typeof catalogue>['planDocument']['fields'];

const FIELD_KEYS = Object.keys(BOTH[0]!.fields) as FieldKey[];

/** "+ Địa điểm: Hội trường" → ['location', 'Hội trường']; undefined when the label is not one of ours. */
export function fieldOf(text: string): [FieldKey, string] | undefined {
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > 40) return undefined;
  const label = foldKey(text.slice(0, colon));
  for (const key of FIELD_KEYS) {
    if (BOTH.some((c) => foldKey(c.fields[key]) === label)) return [key, text.slice(colon + 1).trim()];
  }
  return undefined;
}

const folded = (pick: (c: (typeof BOTH)[number]) => string): string[] => BOTH.map((c) => foldKey(pick(c)));

export const SECTION_WORDS = {
  purposes: [...folded((c) => c.sectionI), 'muc dich', 'muc dich y nghia'],
  content: [...folded((c) => c.sectionII), 'noi dung', 'noi dung hoat dong'],
  organisation: [...folded((c) => c.sectionIII), 'to chuc thuc hien', 'phan cong nhiem vu'],
};

export const SUBSECTION_WORDS = {
  theme: [...folded((c) => c.theme('')), 'chu de'],
  time: [...folded((c) => c.time), 'thoi gian', 'thoi gian to chuc'],
  content: [...folded((c) => c.content), 'noi dung thuc hien', 'cac hoat dong', 'noi dung hoat dong'],
};

export const NOTES_TITLES = [...folded((c) => c.notesTitle), 'luu y'];
export const RECIPIENTS_TITLES = folded((c) => c.recipientsTitle);
export const TITLE_WORDS = folded((c) => c.title);

/** True when the folded text starts with one of the folded words (as whole words). */
export function startsWithWord(text: string, words: readonly string[]): boolean {
  const f = foldKey(text);
  return words.some((w) => w !== '' && (f === w || f.startsWith(`${w} `)));
}
