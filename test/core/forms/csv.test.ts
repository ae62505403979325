import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildFormSpecs,
  formSpecOf,
  parseCsv,
  parseFormsCsv,
  parseFormsTimestamp,
  toCsv,
} from '../../../src/core/forms';
import { plan } from './plan-fixture';

const training = formSpecOf(buildFormSpecs(plan()), 'training');
const attendance = formSpecOf(buildFormSpecs(plan()), 'attendance');

describe('RFC 4180 reader', () => {
  it('reads quoted commas, doubled quotes, line breaks inside quotes, CRLF and a BOM', () => {
    const text = '\uFEFFa,b,c\r\n"x, y","say ""hi""","line 1\nline 2"\r\n1,,3\n';
    expect(parseCsv(text)).toEqual({
      rows: [
        ['a', 'b', 'c'],
        ['x, y', 'say "hi"', 'line 1\nline 2'],
        ['1', '', '3'],
      ],
      unterminatedQuote: false,
    });
  });

  it('keeps a stray quote inside an unquoted field and reports an unterminated quote', () => {
    expect(parseCsv('a 5" screen,b').rows).toEqual([['a 5" screen', 'b']]);
    expect(parseCsv('a,"open\nrest')).toEqual({ rows: [['a', 'open\nrest']], unterminatedQuote: true });
  });

  it('reads back whatever it writes (property)', () => {
    const field = fc.string({
      unit: fc.constantFrom('a', 'ễ', ',', '"', '\n', '\r\n', ' ', '='),
      maxLength: 8,
    });
    const rows = fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(rows, (r) => {
        expect(parseCsv(toCsv(r)).rows).toEqual(r);
      }),
    );
  });
});

describe('Google Forms timestamps', () => {
  it('reads a US-locale export as month first and a Vietnamese one as day first', () => {
    expect(parseFormsTimestamp('10/5/2021 8:03:12', 'MDY')!.iso).toBe('2021-10-05T08:03');
    expect(parseFormsTimestamp('05/10/2021 08:03:12', 'DMY')!.iso).toBe('2021-10-05T08:03');
    expect(parseFormsTimestamp('10/5/2021 8:03:12 PM', 'MDY')!.iso).toBe('2021-10-05T20:03');
    expect(parseFormsTimestamp('2021-10-05 08:03:12', 'MDY')!.iso).toBe('2021-10-05T08:03');
    expect(parseFormsTimestamp('13/10/2021 8:00', 'MDY')).toBeUndefined();
    expect(parseFormsTimestamp('hôm qua', 'DMY')).toBeUndefined();
  });
});

describe('Google Forms CSV export', () => {
  const header = [
    'Timestamp',
    'Email Address',
    'Họ và tên',
    'Bạn là',
    'Buổi tập huấn / nói chuyện muốn tham gia',
    'Khóa học dài hạn bạn đăng ký theo học trong năm',
  ];

  it('reads the English export: month-first timestamps, collected email, answers by title', () => {
    const csv = toCsv([
      header,
      [
        '10/2/2021 9:15:00',
        'Lan@Gmail.com',
        'Lê Lan',
        'Phụ huynh',
        '[HD05] Tập huấn – thứ Ba, 05/10/2021, 14:00–16:00',
        'Tin học, Ngoại ngữ',
      ],
    ]);
    const result = parseFormsCsv(csv, training);
    expect(result.issues).toEqual([]);
    expect(result.dateOrder).toBe('MDY');
    expect(result.responses).toEqual([
      {
        timestamp: { kind: 'local-datetime', iso: '2021-10-02T09:15' },
        email: 'Lan@Gmail.com',
        answers: {
          'Họ và tên': 'Lê Lan',
          'Bạn là': 'Phụ huynh',
          'Buổi tập huấn / nói chuyện muốn tham gia': '[HD05] Tập huấn – thứ Ba, 05/10/2021, 14:00–16:00',
          'Khóa học dài hạn bạn đăng ký theo học trong năm': 'Tin học, Ngoại ngữ',
        },
      },
    ]);
  });

  it('reads the Vietnamese export day first, and a parameter overrides', () => {
    const csv = toCsv([
      ['Dấu thời gian', 'Địa chỉ email', ...header.slice(2)],
      ['02/10/2021 09:15:00', 'a@b.vn', 'A', 'Phụ huynh', '', ''],
    ]);
    expect(parseFormsCsv(csv, training).responses[0]!.timestamp.iso).toBe('2021-10-02T09:15');
    expect(parseFormsCsv(csv, training, { dateOrder: 'MDY' }).responses[0]!.timestamp.iso).toBe(
      '2021-02-10T09:15',
    );
  });

  it('switches order for the whole file when the header language was wrong, and says so', () => {
    const csv = toCsv([
      header,
      ['05/10/2021 08:00:00', 'a@b.vn', 'A', 'Phụ huynh', '', ''],
      ['13/10/2021 08:00:00', 'c@b.vn', 'C', 'Phụ huynh', '', ''],
    ]);
    const result = parseFormsCsv(csv, training);
    expect(result.dateOrder).toBe('DMY');
    expect(result.responses.map((r) => r.timestamp.iso)).toEqual(['2021-10-05T08:00', '2021-10-13T08:00']);
    expect(result.issues.map((i) => i.code)).toEqual(['csv.dateOrderSwitched']);
  });

  it('reports an extra column and a missing required one, and still reads the rows', () => {
    const csv = toCsv([
      ['Timestamp', 'Email Address', 'Họ và tên', 'Tổ/nhóm', 'Hình thức tham dự', 'Ghi chú riêng'],
      ['10/5/2021 8:03:12', 'gv1@mn2010.edu.vn', 'GV 1', 'Tổ Lá', 'Trực tuyến tại nhà', '=1+1'],
    ]);
    const result = parseFormsCsv(csv, attendance);
    expect(result.issues).toEqual([
      { code: 'csv.extraColumn', severity: 'warning', row: 1, column: 'Ghi chú riêng' },
      { code: 'csv.missingColumn', severity: 'error', row: 1, column: 'Bạn muốn' },
    ]);
    expect(result.responses).toHaveLength(1);
    expect(result.responses[0]!.answers['Ghi chú riêng']).toBe('=1+1');
  });

  it('pads short rows, keeps surplus fields, rejects rows without a readable timestamp', () => {
    const csv =
      'Timestamp,Email Address,Họ và tên\r\n10/5/2021 8:00:00,a@b.vn\r\n10/5/2021 8:01:00,b@b.vn,B,surplus\r\nngày nào đó,c@b.vn,C\r\n';
    const result = parseFormsCsv(csv, attendance);
    expect(result.responses).toHaveLength(2);
    expect(result.responses[0]!.answers).toEqual({});
    expect(result.responses[1]!.answers).toEqual({ 'Họ và tên': 'B', '(cột 4)': 'surplus' });
    expect(result.rejected).toEqual([{ row: 4, fields: ['ngày nào đó', 'c@b.vn', 'C'] }]);
    expect(result.issues.filter((i) => i.row !== 1).map((i) => [i.code, i.row])).toEqual([
      ['csv.raggedRow', 2],
      ['csv.raggedRow', 3],
      ['csv.badTimestamp', 4],
    ]);
  });

  it('rejects a file without a timestamp column or without anything', () => {
    expect(parseFormsCsv('Tên,Email\r\nA,a@b.vn\r\n', attendance)).toMatchObject({
      responses: [],
      rejected: [{ row: 2, fields: ['A', 'a@b.vn'] }],
      issues: [{ code: 'csv.noTimestampColumn' }],
    });
    expect(parseFormsCsv('', attendance).issues.map((i) => i.code)).toEqual(['csv.empty']);
  });
});
