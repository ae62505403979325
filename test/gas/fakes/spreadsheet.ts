import type { Faked } from './faked';
import type { FakeRange } from './range';
import type { Recorder } from './recorder';
import { FakeSheet } from './sheet';
import type { FakeUi } from './ui';
import { FakeDataValidationBuilder } from './validation';

import Real = GoogleAppsScript.Spreadsheet;
type Swaps = [Real.Sheet, FakeSheet, Real.Range, FakeRange];

export class FakeSpreadsheet implements Faked<
  Real.Spreadsheet,
  | 'getSheetByName'
  | 'getSheets'
  | 'getNumSheets'
  | 'getSpreadsheetTimeZone'
  | 'setSpreadsheetTimeZone'
  | 'getSpreadsheetLocale'
  | 'setSpreadsheetLocale'
  | 'getId'
  | 'getUrl',
  Swaps
> {
  readonly sheets: FakeSheet[] = [];
  readonly toasts: { msg: string; title?: string; timeoutSeconds?: number | null }[] = [];
  /**
   * File → Settings → Locale, which decides how typed text is read as a date (sheet-input.ts).
   * en_US by default: a new sheet takes its owner's account locale, and a personal account is
   * often left in English (United States).
   */
  locale = 'en_US';
  /** Test hook: setSpreadsheetLocale throws this (a sheet whose settings this user cannot change). */
  refuseLocale: string | undefined;

  constructor(
    private readonly rec: Recorder,
    private zone: string,
    readonly id = 'fake-spreadsheet-id',
    firstSheet = 'Trang tính1',
  ) {
    this.sheets.push(
      new FakeSheet(
        firstSheet,
        rec,
        () => this.zone,
        () => this.locale,
      ),
    );
  }

  /** Test view: a sheet by name, without counting a call. */
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.nameForFake() === name);
  }

  getId(): string {
    this.rec.hit('Spreadsheet.getId');
    return this.id;
  }

  /** developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getUrl() */
  getUrl(): string {
    this.rec.hit('Spreadsheet.getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  /** The next inserted tab's id: the first tab is 0, as in Google Sheets; later ones are unique. */
  private nextSheetId = 1_000_001;

  getSpreadsheetTimeZone(): string {
    this.rec.hit('Spreadsheet.getSpreadsheetTimeZone');
    return this.zone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.rec.hit('Spreadsheet.setSpreadsheetTimeZone');
    this.zone = timezone;
  }

  /** https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#getSpreadsheetLocale() */
  getSpreadsheetLocale(): string {
    this.rec.hit('Spreadsheet.getSpreadsheetLocale');
    return this.locale;
  }

  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setSpreadsheetLocale(String)
   * A locale code such as "vi_VN"; anything else is refused as an invalid argument.
   */
  setSpreadsheetLocale(locale: string): void {
    this.rec.hit('Spreadsheet.setSpreadsheetLocale');
    if (this.refuseLocale !== undefined) throw new Error(this.refuseLocale);
    if (typeof locale !== 'string' || !/^[a-z]{2,3}(_[A-Z]{2})?$/.test(locale)) {
      throw new Error('Invalid argument: locale');
    }
    this.locale = locale;
  }

  getSheetByName(name: string): FakeSheet | null {
    this.rec.hit('Spreadsheet.getSheetByName');
    return this.sheet(name) ?? null;
  }

  getSheets(): FakeSheet[] {
    this.rec.hit('Spreadsheet.getSheets');
    return [...this.sheets];
  }

  getNumSheets(): number {
    this.rec.hit('Spreadsheet.getNumSheets');
    return this.sheets.length;
  }

  insertSheet(sheetName: string, sheetIndex?: number): FakeSheet {
    this.rec.hit('Spreadsheet.insertSheet');
    if (typeof sheetName !== 'string' || sheetName.trim() === '') throw new Error('Invalid sheet name.');
    if (this.sheet(sheetName)) {
      throw new Error(`A sheet with the name "${sheetName}" already exists. Please enter another name.`);
    }
    const index = sheetIndex ?? this.sheets.length;
    if (index < 0 || index > this.sheets.length) throw new Error('The sheet index is out of range.');
    const sheet = new FakeSheet(
      sheetName,
      this.rec,
      () => this.zone,
      () => this.locale,
    );
    sheet.sheetId = this.nextSheetId;
    this.nextSheetId += 7_919;
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  /**
   * https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#deletesheetsheet
   * — the last sheet cannot be deleted.
   */
  deleteSheet(sheet: FakeSheet): void {
    this.rec.hit('Spreadsheet.deleteSheet');
    const at = this.sheets.indexOf(sheet);
    if (at < 0) throw new Error('Sheet not found.');
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets.splice(at, 1);
  }

  /**
   * The tab a form's setDestination makes: "Câu trả lời biểu mẫu N" (a Vietnamese account's
   * name), first in the spreadsheet, linked to the form (no script call: the form does it).
   */
  addFormResponseSheet(formUrl: string, header: readonly string[]): FakeSheet {
    let n = 1;
    while (this.sheet(`Câu trả lời biểu mẫu ${n}`)) n++;
    const sheet = new FakeSheet(`Câu trả lời biểu mẫu ${n}`, this.rec, () => this.zone);
    sheet.formUrl = formUrl;
    sheet.appendForForm(header);
    this.sheets.unshift(sheet);
    return sheet;
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.rec.hit('Spreadsheet.toast');
    this.toasts.push({ msg, title, timeoutSeconds });
  }
}

/**
 * The SpreadsheetApp global. `getUi` throws without a UI, and in any trigger's execution even
 * while the sheet is open: "A script can only interact with the UI for the current instance of
 * an open editor" (developers.google.com/apps-script/reference/base/ui), and an installable
 * trigger's run has none.
 */
export class FakeSpreadsheetApp implements Faked<
  Real.SpreadsheetApp,
  'flush' | 'getUi' | 'newDataValidation',
  [GoogleAppsScript.Base.Ui, FakeUi, Real.DataValidationBuilder, FakeDataValidationBuilder]
> {
  constructor(
    private readonly rec: Recorder,
    private readonly active: FakeSpreadsheet | null,
    private readonly ui: FakeUi | undefined,
    /** Whether the current execution is a trigger's (FakeUsers). */
    private readonly execution: { readonly inTrigger: boolean } = { inTrigger: false },
  ) {}

  getActiveSpreadsheet(): FakeSpreadsheet | null {
    this.rec.hit('SpreadsheetApp.getActiveSpreadsheet');
    return this.active;
  }

  getUi(): FakeUi {
    this.rec.hit('SpreadsheetApp.getUi');
    if (!this.ui || this.execution.inTrigger)
      throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
    return this.ui;
  }

  newDataValidation(): FakeDataValidationBuilder {
    this.rec.hit('SpreadsheetApp.newDataValidation');
    return new FakeDataValidationBuilder(this.rec);
  }

  flush(): void {
    this.rec.hit('SpreadsheetApp.flush');
  }
}
