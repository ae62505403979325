import type { ColumnSpec, ColumnType, TableSpec } from './types';

/** Layout hints for a tab, derived from its schema; runtimes apply what they can. */
export interface TableLayout {
  readonly columns: readonly {
    readonly header: string;
    readonly width?: number;
    readonly format?: 'datetime' | 'date' | 'number' | 'percent' | 'text';
    readonly choices?: readonly string[];
    readonly system?: boolean;
    readonly note?: string;
  }[];
  /** What a runtime says when a cell is typed outside its choice list, in the tab's language. */
  readonly invalidChoice?: { readonly title: string; readonly message: string };
}

type ColumnFormat = NonNullable<TableLayout['columns'][number]['format']>;

/**
 * The display format of a column type. Plain text columns get none on purpose: the Settings
 * tab keeps dates and numbers in its "Giá trị" text column, and forcing a text format there
 * would turn a date typed by the principal into a string.
 */
const FORMATS: Record<ColumnType, ColumnFormat | undefined> = {
  id: 'text',
  text: undefined,
  email: 'text',
  emails: 'text',
  date: 'date',
  datetime: 'datetime',
  number: 'number',
  percent: 'percent',
  choice: undefined,
  yesno: undefined,
  url: 'text',
};

export const YES_NO_CHOICES = ['có', 'không'] as const;

function choicesOf(column: ColumnSpec): readonly string[] | undefined {
  if (column.type === 'yesno') return YES_NO_CHOICES;
  return column.type === 'choice' ? column.choices : undefined;
}

/**
 * Layout hints for a tab from its schema: header texts, widths, formats, choice lists, system
 * flags and help as a header note. `sheetHeaders` gives the header text actually in the sheet
 * for a key (a principal may have typed an alias), so the runtime finds the right column;
 * `label` gives each choice word as the tab's language shows it in the dropdown.
 */
export function layoutOf(
  spec: TableSpec,
  sheetHeaders: Partial<Record<string, string>> = {},
  label: (word: string) => string = (word) => word,
  invalidChoice?: TableLayout['invalidChoice'],
): TableLayout {
  return {
    ...(invalidChoice ? { invalidChoice } : {}),
    columns: spec.columns.map((column) => {
      const format = FORMATS[column.type];
      const choices = choicesOf(column)?.map(label);
      return {
        header: sheetHeaders[column.key] ?? column.header,
        ...(column.width !== undefined ? { width: column.width } : {}),
        ...(format ? { format } : {}),
        ...(choices ? { choices } : {}),
        ...(column.system ? { system: true } : {}),
        ...(column.help ? { note: column.help } : {}),
      };
    }),
  };
}
