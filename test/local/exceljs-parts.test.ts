import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { Workbook, WorkbookWriter } from '../../src/local/workbook/exceljs-parts';

it('the exceljs parts loaded on their own are the classes its index gives', () => {
  expect(Workbook).toBe(ExcelJS.Workbook);
  expect(WorkbookWriter).toBe(ExcelJS.stream.xlsx.WorkbookWriter);
});
