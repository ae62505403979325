import ExcelJS from 'exceljs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * An Activities tab as a principal leaves it after working in Excel or LibreOffice: columns
 * reordered, two columns of their own (one with a formula), a blank row in the middle, their
 * own colour on a cell. Built directly with exceljs, as those programs save it.
 */
export const USER_HEADER = [
  'Tên hoạt động',
  'Ghi chú riêng',
  'Mã',
  'Kết thúc',
  'Bắt đầu',
  'Loại',
  'Giờ đã xác nhận',
  'Người phụ trách (email)',
  'Số ngày',
  'Kết quả kiểm tra',
];

export async function userWorkbookFile(): Promise<string> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Hoạt động');
  sheet.addRow(USER_HEADER);
  sheet.addRow([
    'Lễ khai mạc trực tuyến',
    'nhờ cô Lan chuẩn bị máy chiếu',
    'HD01',
    new Date(Date.UTC(2021, 9, 5, 10, 0)),
    new Date(Date.UTC(2021, 9, 5, 8, 0)),
    'khai mạc',
    'có',
    'hieutruong@example.edu.vn',
    { formula: 'D2-E2', result: 0.0833333333 },
    null,
  ]);
  sheet.addRow([]);
  sheet.addRow([
    'Tập huấn an toàn Internet',
    { richText: [{ text: 'quan trọng', font: { bold: true } }] },
    'HD02',
    new Date(Date.UTC(2021, 9, 6, 9, 0)),
    new Date(Date.UTC(2021, 9, 6, 8, 0)),
    'tập huấn',
    'không',
    'giaovien@example.edu.vn',
    { formula: 'D4-E4', result: 0.0416666667 },
    null,
  ]);
  sheet.getCell('B2').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  sheet.getColumn(2).width = 33;
  for (const cell of ['D2', 'E2', 'D4', 'E4']) sheet.getCell(cell).numFmt = 'dd/mm/yyyy hh:mm';
  const file = join(mkdtempSync(join(tmpdir(), 'lw-user-')), 'ke-hoach-cua-toi.xlsx');
  await book.xlsx.writeFile(file);
  return file;
}
