import {
  FakeLock,
  FakeLockService,
  FakeLogger,
  FakeProperties,
  FakePropertiesService,
  FakeSession,
  FakeUtilities,
  fakeConsole,
} from './services';
import { Recorder } from './recorder';
import { FakeSpreadsheet, FakeSpreadsheetApp } from './spreadsheet';
import { FakeUi } from './ui';

export { Recorder } from './recorder';
export { FakeSpreadsheet, FakeSpreadsheetApp } from './spreadsheet';
export { FakeSheet } from './sheet';
export { FakeUi } from './ui';
export { FORMULA_RESULT } from './sheet-input';

export interface GasFakeOptions {
  /** The spreadsheet's zone (File → Settings); default the school's. */
  spreadsheetTimeZone?: string;
  /** appsscript.json's zone. */
  scriptTimeZone?: string;
  /** false: as in a trigger, where getUi() throws. */
  ui?: boolean;
}

/** One fresh set of Apps Script globals sharing one call recorder. */
export function createGasFakes(options: GasFakeOptions = {}) {
  const rec = new Recorder();
  const transcript: string[] = [];
  const spreadsheet = new FakeSpreadsheet(rec, options.spreadsheetTimeZone ?? 'Asia/Ho_Chi_Minh');
  const ui = options.ui === false ? undefined : new FakeUi(rec);
  const lock = new FakeLock(rec);
  const properties = new FakeProperties(rec);
  const utilities = new FakeUtilities(rec);
  const globals = {
    SpreadsheetApp: new FakeSpreadsheetApp(rec, spreadsheet, ui),
    PropertiesService: new FakePropertiesService(rec, properties),
    LockService: new FakeLockService(rec, lock),
    Session: new FakeSession(rec, options.scriptTimeZone ?? 'Asia/Ho_Chi_Minh'),
    Logger: new FakeLogger(rec, transcript),
    Utilities: utilities,
    console: fakeConsole(rec, transcript),
  };
  return { rec, calls: rec.calls, spreadsheet, ui, lock, properties, utilities, transcript, globals };
}

export type GasFakes = ReturnType<typeof createGasFakes>;

/** Installs the fakes as globals of this realm (for in-process tests); returns an undo. */
export function installGlobals(fakes: GasFakes): () => void {
  const target = globalThis as Record<string, unknown>;
  const saved = Object.keys(fakes.globals).map((key) => [key, target[key]] as const);
  Object.assign(target, fakes.globals);
  return () => {
    for (const [key, value] of saved) target[key] = value;
  };
}
