import ExcelJS from 'exceljs';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { localDateTime, weekdayOf, type Cell } from '../../src/core/cell';
import { Workbook } from '../../src/local/workbook/workbook';
import { buildCli, cli, columnOf, rowWhere, tempDir } from './cli-support';

beforeAll(buildCli);

const settingValue = (tables: Workbook, label: string): Cell =>
  tables.read('Cấu hình')!.find((row) => row[0] === label)?.[1] ?? null;

describe('learning-week init and validate', () => {
  it('makes a correct 2024 week for another school (Tuesday 01/10/2024 …) and validates it', async () => {
    const dir = tempDir();
    const init = cli(
      ['init', '--year', '2024', '--school', 'Trường Mầm non Hoa Hồng 2', '--out', 'x.xlsx'],
      dir,
    );
    expect(init.stderr).toBe('');
    expect(init.status).toBe(0);
    expect(init.stdout).toContain('Đã tạo x.xlsx');

    const tables = await Workbook.open(join(dir, 'x.xlsx'));
    expect(settingValue(tables, 'Tên trường')).toBe('Trường Mầm non Hoa Hồng 2');
    const start = settingValue(tables, 'Ngày bắt đầu tuần lễ');
    expect(start).toEqual(localDateTime(2024, 10, 1));
    expect(weekdayOf(start as never)).toBe(2); // Tuesday
    expect(settingValue(tables, 'Ngày kết thúc tuần lễ')).toEqual(localDateTime(2024, 10, 7));

    const validate = cli(['validate', 'x.xlsx'], dir);
    expect(validate.stderr).toBe('');
    const errors = Number(/(\d+) lỗi/.exec(validate.stdout)?.[1]);
    expect(validate.status).toBe(errors > 0 ? 1 : 0);
    expect(validate.stdout).toMatch(/Kiểm tra xong/);
  });

  it('refuses to overwrite an existing file without --force, and keeps it', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.xlsx'), 'của tôi');
    const run = cli(['init', '--out', 'x.xlsx'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Tệp x.xlsx đã có. Dùng --force để ghi đè');
    expect(readFileSync(join(dir, 'x.xlsx'), 'utf8')).toBe('của tôi');
  });

  it('prints each slip of a broken plan in Vietnamese with its tab, row and column, and exits 1', async () => {
    const dir = tempDir();
    expect(cli(['init', '--sample', '--out', 'k.xlsx'], dir).status).toBe(0);
    // The principal's edits, made in Excel.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(dir, 'k.xlsx'));
    const activities = book.getWorksheet('Hoạt động')!;
    const opening = rowWhere(activities, 'Loại', 'khai mạc');
    activities.getCell(opening, columnOf(activities, 'Bắt đầu')).value = new Date(Date.UTC(2020, 9, 5, 8, 0));
    const reversed = rowWhere(activities, 'Mã', 'HD02');
    activities.getCell(reversed, columnOf(activities, 'Bắt đầu')).value = new Date(
      Date.UTC(2021, 9, 4, 9, 0),
    );
    activities.getCell(reversed, columnOf(activities, 'Kết thúc')).value = new Date(
      Date.UTC(2021, 9, 4, 8, 0),
    );
    const people = book.getWorksheet('Nhân sự')!;
    people.getCell(3, columnOf(people, 'Email')).value = 'co.lan@@example.com';
    const outreach = book.getWorksheet('Tuyên truyền')!;
    outreach.getCell(1, columnOf(outreach, 'Kênh')).value = null;
    await book.xlsx.writeFile(join(dir, 'k.xlsx'));

    const run = cli(['validate', 'k.xlsx'], dir);
    expect(run.status).toBe(1);
    const out = run.stdout;
    const section = (tab: string): string =>
      out.slice(out.indexOf(`Trang tính "${tab}":`)).split(/\nTrang tính|\n\n/)[0]!;
    expect(section('Hoạt động')).toMatch(new RegExp(`dòng ${opening}, cột Bắt đầu — lỗi: .*05/10/2020`));
    expect(section('Hoạt động')).toMatch(
      new RegExp(`dòng ${reversed}, cột Kết thúc — lỗi: .*04/10/2021 08:00`),
    );
    expect(section('Nhân sự')).toMatch(/dòng 3, cột Email — lỗi: .*co\.lan@@example\.com/);
    expect(section('Tuyên truyền')).toMatch(/dòng 1, cột Kênh — lỗi: Thiếu cột/);
    expect(out).toMatch(/Kiểm tra xong: \d+ lỗi/);

    // The findings are in the file too, next to the slips.
    const saved = await Workbook.open(join(dir, 'k.xlsx'));
    const grid = saved.read('Hoạt động')!;
    const findingsCol = grid[0]!.indexOf('Kết quả kiểm tra');
    expect(String(grid[opening - 1]![findingsCol])).toContain('05/10/2020');
    expect(existsSync(join(dir, 'k.xlsx.bak'))).toBe(true);
  });

  it('gives the same findings and the same file under TZ=UTC as in the school’s zone', async () => {
    const dir = tempDir();
    expect(cli(['init', '--out', 'a.xlsx', '--now', '2021-09-30T09:00'], dir).status).toBe(0);
    writeFileSync(join(dir, 'b.xlsx'), readFileSync(join(dir, 'a.xlsx')));
    const school = cli(['validate', 'a.xlsx', '--now', '2021-09-30T09:00'], dir, 'Asia/Ho_Chi_Minh');
    const utc = cli(['validate', 'b.xlsx', '--now', '2021-09-30T09:00'], dir, 'UTC');
    expect(utc.stdout).toBe(school.stdout);
    expect(utc.status).toBe(school.status);
    const [a, b] = await Promise.all([
      Workbook.open(join(dir, 'a.xlsx')),
      Workbook.open(join(dir, 'b.xlsx')),
    ]);
    for (const tab of a.tableNames()) expect(b.read(tab)).toEqual(a.read(tab));
  });
});

describe('files the CLI cannot use', () => {
  const unusable = [
    {
      name: 'a file that is not a workbook',
      content: 'đây không phải Excel',
      reason: 'tệp không phải bảng tính Excel hợp lệ.',
    },
    { name: 'an empty file', content: '', reason: 'tệp không phải bảng tính Excel hợp lệ.' },
    {
      name: 'a zip that is not a workbook',
      content: Buffer.from('504b0506' + '00'.repeat(18), 'hex'),
      reason: 'tệp không phải bảng tính Excel hợp lệ.',
    },
  ];
  for (const { name, content, reason } of unusable) {
    it(`says so in one Vietnamese line for ${name}, exits 2 and leaves it byte-identical`, () => {
      const dir = tempDir();
      const file = join(dir, 'x.xlsx');
      writeFileSync(file, content);
      const before = readFileSync(file);
      const run = cli(['validate', 'x.xlsx'], dir);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toEqual([`Không mở được tệp x.xlsx: ${reason}`]);
      expect(readFileSync(file).equals(before)).toBe(true);
      expect(existsSync(`${file}.bak`)).toBe(false);
      expect(existsSync(`${file}.lock`)).toBe(false);
    });
  }

  it('says a missing file does not exist (exit 2)', () => {
    const dir = tempDir();
    const run = cli(['validate', 'khong-co.xlsx'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toBe('Không mở được tệp khong-co.xlsx: tệp không tồn tại.');
    expect(existsSync(join(dir, 'khong-co.xlsx'))).toBe(false);
  });

  it('refuses a workbook another run holds (lock file), leaving it as it was', () => {
    const dir = tempDir();
    expect(cli(['init', '--blank', '--out', 'x.xlsx'], dir).status).toBe(0);
    const before = readFileSync(join(dir, 'x.xlsx'));
    writeFileSync(join(dir, 'x.xlsx.lock'), '4242 other run\n');
    const run = cli(['validate', 'x.xlsx'], dir);
    expect(run.status).toBe(2);
    expect(run.stderr.trim()).toMatch(
      /^Không mở được tệp x\.xlsx: tệp đang được một lệnh learning-week khác sử dụng/,
    );
    expect(readFileSync(join(dir, 'x.xlsx')).equals(before)).toBe(true);
    expect(existsSync(join(dir, 'x.xlsx.lock'))).toBe(true);
  });

  it('answers an unknown command or option with the Vietnamese usage and exit 2', () => {
    const dir = tempDir();
    for (const argv of [['frobnicate'], ['validate', '--colour', 'x.xlsx'], ['init', '--year']]) {
      const run = cli(argv, dir);
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('Cách dùng: learning-week <lệnh> [tùy chọn]');
    }
  });
});

describe('learning-week demo (npm start)', () => {
  it('writes out/learning-week-2021.xlsx with the sample roster and prints a Vietnamese summary', async () => {
    const dir = tempDir();
    const run = cli(['demo'], dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Hoạt động trong kế hoạch +1[2-6]\n/);
    expect(run.stdout).toMatch(/Nhân sự \/ phụ huynh +\d{2} \/ \d{3}\n/);
    expect(run.stdout).toMatch(/Kiểm tra kế hoạch +0 lỗi, \d+ cảnh báo\n/);
    expect(run.stdout).toMatch(/Tệp kế hoạch +out\/learning-week-2021\.xlsx/);
    const tables = await Workbook.open(join(dir, 'out', 'learning-week-2021.xlsx'));
    const activities = tables.read('Hoạt động')!;
    const startCol = activities[0]!.indexOf('Bắt đầu');
    for (const row of activities.slice(1)) {
      const iso = (row[startCol] as { iso: string }).iso;
      expect(iso >= '2021-10-01' && iso < '2021-10-08').toBe(true);
    }
    // Running it again (it overwrites): test/local/demo.test.ts.
  });
});
