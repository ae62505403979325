/** How a column's cells are read, checked and formatted. */
export type ColumnType =
  | 'id' // a stable identifier such as HD01, NS001
  | 'text'
  | 'email'
  | 'emails' // several addresses separated by commas, semicolons or new lines
  | 'date' // a wall-clock date (time ignored)
  | 'datetime' // a wall-clock date and time
  | 'number'
  | 'percent' // 0–100, "50", "50 %" or 0.5 as the sheet stores a formatted percentage
  | 'choice' // one of `choices` (matched without regard to case or diacritics)
  | 'yesno' // có / không (also yes/no, x, true/false)
  | 'url';

export interface ColumnSpec<K extends string = string> {
  /** English key used by the code. */
  readonly key: K;
  /** Vietnamese header shown in the sheet. */
  readonly header: string;
  /** Other headers accepted for this column (older names, English). */
  readonly aliases?: readonly string[];
  readonly type: ColumnType;
  /** A required column must exist in the header row; a required value must be non-empty. */
  readonly required: boolean;
  readonly choices?: readonly string[];
  /** Written by the system (ids, sync state, findings); the principal should not edit it. */
  readonly system?: boolean;
  /** Column width in pixels, for the runtimes that lay out the sheet. */
  readonly width?: number;
  /** Short Vietnamese help, shown as a header note. */
  readonly help?: string;
}

export type TableKey =
  | 'settings'
  | 'people'
  | 'families'
  | 'activities'
  | 'outreach'
  | 'attendance'
  | 'trainingSignups'
  | 'nominations'
  | 'activityResults'
  | 'rawResponses'
  | 'outbox'
  | 'log'
  | 'commendations';

export interface TableSpec<K extends string = string> {
  readonly key: TableKey;
  /** Vietnamese tab name. */
  readonly name: string;
  /** Other tab names accepted (English). */
  readonly aliases?: readonly string[];
  readonly columns: readonly ColumnSpec<K>[];
  /** The key of the system column that receives validation findings, if the tab has one. */
  readonly findingsColumn?: K;
  /** Personal data of families: leadership only, purged after the retention period. */
  readonly personal?: boolean;
}
