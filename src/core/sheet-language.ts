import { sheet as enSheet } from './i18n/en/sheet';
import { sheet as viSheet } from './i18n/vi/sheet';
import type { Language } from './plan';
import type { ColumnSpec, TableKey, TableSpec } from './schema/types';
import { foldKey } from './text';

/**
 * The sheet in either language. The schema's Vietnamese words stay the canonical values the
 * code compares; English names and labels are accepted when reading and written where the tab
 * (or the sheet, for Setup) is English.
 */

type Words = Readonly<Record<string, string>>;
const EN_CHOICES: Words = enSheet.choices;

/** The English label of a canonical choice word (the word itself when it has none). */
export function englishChoice(word: string): string {
  return EN_CHOICES[word] ?? word;
}

/** A canonical choice word as the cell shows it in that language. */
export function choiceLabel(word: string, lang: Language): string {
  return lang === 'en' ? englishChoice(word) : word;
}

/** The canonical word among `choices` that the text names, in either language (folded). */
export function matchChoice(text: string, choices: readonly string[]): string | undefined {
  const key = foldKey(text);
  return choices.find((c) => foldKey(c) === key) ?? choices.find((c) => foldKey(englishChoice(c)) === key);
}

// Tests build specs of their own: an unknown table simply has no catalogue names.
function headersOf(lang: Language, table: TableKey): Words | undefined {
  return (lang === 'en' ? enSheet : viSheet).headers[table] as Words | undefined;
}

/** The header of a column in a language, when the catalogue names it. */
export function headerIn(lang: Language, table: TableKey, column: string): string | undefined {
  return headersOf(lang, table)?.[column];
}

/** The tab name in a language. */
export function tabNameIn(lang: Language, table: TableKey): string | undefined {
  return ((lang === 'en' ? enSheet : viSheet).tabs as Partial<Record<TableKey, string>>)[table];
}

/** The label and help of a setting in a language. */
export function settingIn(lang: Language, key: string): { label: string; help: string } | undefined {
  return ((lang === 'en' ? enSheet : viSheet).settings as Record<string, { label: string; help: string }>)[
    key
  ];
}

/** Every label a setting row may carry: the Vietnamese label, its aliases and the English label. */
export function settingLabels(spec: { key: string; label: string; aliases?: readonly string[] }): string[] {
  const english = settingIn('en', spec.key)?.label;
  return [spec.label, ...(spec.aliases ?? []), ...(english ? [english] : [])];
}

/**
 * The spec as a new tab in that language is written: names, headers and help in the language,
 * the Vietnamese names kept as aliases so every reader still finds the columns. Choices stay
 * canonical (layoutOf takes the words' labels separately).
 */
export function specIn<K extends string>(spec: TableSpec<K>, lang: Language): TableSpec<K> {
  if (lang === 'vi') return spec;
  const help = (enSheet.columnHelp[spec.key] ?? {}) as Words;
  const column = (c: ColumnSpec<K>): ColumnSpec<K> => {
    const header = headerIn('en', spec.key, c.key) ?? c.header;
    const { help: viHelp, ...rest } = c;
    const enHelp = help[c.key] ?? viHelp;
    return {
      ...rest,
      header,
      aliases: [c.header, ...(c.aliases ?? [])],
      ...(enHelp !== undefined ? { help: enHelp } : {}),
    };
  };
  return {
    ...spec,
    name: tabNameIn('en', spec.key) ?? spec.name,
    aliases: [spec.name, ...(spec.aliases ?? [])],
    columns: spec.columns.map(column),
  };
}
