import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';

/**
 * The two parts of exceljs the workbook uses, required on their own. exceljs's index also loads
 * its streaming reader (unzipper and a dozen polyfills behind it), which we never call: 80 ms at
 * the start of every command. exceljs has no "exports" map; these are the files of the pinned
 * version, and a test checks they are the classes its index gives.
 */
const load = createRequire(import.meta.url);

export const Workbook = load('exceljs/lib/doc/workbook.js') as typeof ExcelJS.Workbook;

export const WorkbookWriter = load(
  'exceljs/lib/stream/xlsx/workbook-writer.js',
) as typeof ExcelJS.stream.xlsx.WorkbookWriter;
