import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFormSpecs, formSpecOf, parseCsv, parseFormsCsv, toCsv } from '../../../src/core/forms';
import { orderOf } from '../../../src/core/forms/timestamp-text';
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
      endsWithLineBreak: true,
    });
  });

  it('keeps a stray quote inside an unquoted field and reports an unterminated quote', () => {
    expect(parseCsv('a 5" screen,b').rows).toEqual([['a 5" screen', 'b']]);
    expect(parseCsv('a,"open\nrest')).toEqual({
      rows: [['a', 'open\nrest']],
      unterminatedQuote: true,
      endsWithLineBreak: false,
    });
  });

  it('reads another separator when asked, quotes and all', () => {
    expect(parseCsv('a;"b;c";d\r\n1;2;3', ';').rows).toEqual([
      ['a', 'b;c', 'd'],
      ['1', '2', '3'],
    ]);
    expect(parseCsv('a\tb\n', '\t').rows).toEqual([['a', 'b']]);
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
    const result = parseFormsCsv(csv, training, { dateOrder: 'mdy' });
    expect(result.issues).toEqual([]);
    expect(result.decision).toEqual({ kind: 'option', order: 'mdy' });
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

  it('never guesses the order of a day and a month that both read: the file is refused, the option decides', () => {
    const csv = toCsv([
      ['Dấu thời gian', 'Địa chỉ email', ...header.slice(2)],
      ['02/10/2021 09:15:00', 'a@b.vn', 'A', 'Phụ huynh', '', ''],
    ]);
    const unknown = parseFormsCsv(csv, training);
    expect(unknown.responses).toEqual([]);
    expect(unknown.issues).toEqual([
      {
        code: 'csv.dateOrderUnknown',
        severity: 'fatal',
        column: 'Dấu thời gian',
        row: 2,
        value: '02/10/2021 09:15:00',
      },
    ]);
    expect(parseFormsCsv(csv, training, { dateOrder: 'dmy' }).responses[0]!.timestamp.iso).toBe(
      '2021-10-02T09:15',
    );
    expect(parseFormsCsv(csv, training, { dateOrder: 'mdy' }).responses[0]!.timestamp.iso).toBe(
      '2021-02-10T09:15',
    );
  });

  it('takes the order from a row only one order reads, whatever the header language, and says so', () => {
    const csv = toCsv([
      header,
      ['05/10/2021 08:00:00', 'a@b.vn', 'A', 'Phụ huynh', '', ''],
      ['13/10/2021 08:00:00', 'c@b.vn', 'C', 'Phụ huynh', '', ''],
    ]);
    const result = parseFormsCsv(csv, training);
    expect(result.decision && orderOf(result.decision)).toBe('dmy');
    expect(result.responses.map((r) => r.timestamp.iso)).toEqual(['2021-10-05T08:00', '2021-10-13T08:00']);
    expect(result.issues).toEqual([
      {
        code: 'csv.dateOrderFromFile',
        severity: 'warning',
        column: 'Timestamp',
        order: 'dmy',
        row: 3,
        value: '13/10/2021 08:00:00',
      },
    ]);
  });

  it('refuses a file that proves both orders, naming both rows', () => {
    const csv = toCsv([
      header,
      ['13/10/2021 08:00:00', 'a@b.vn', 'A', 'Phụ huynh', '', ''],
      ['10/13/2021 08:00:00', 'c@b.vn', 'C', 'Phụ huynh', '', ''],
    ]);
    expect(parseFormsCsv(csv, training).issues).toMatchObject([
      {
        code: 'csv.dateOrderConflict',
        severity: 'fatal',
        row: 2,
        against: { row: 3, value: '10/13/2021 08:00:00' },
      },
    ]);
  });

  it('reports an extra column and a missing required one, and still reads the rows', () => {
    const csv = toCsv([
      ['Timestamp', 'Email Address', 'Họ và tên', 'Tổ/nhóm', 'Hình thức tham dự', 'Ghi chú riêng'],
      ['10/5/2021 8:03:12', 'gv1@mn2010.edu.vn', 'GV 1', 'Tổ Lá', 'Trực tuyến tại nhà', '=1+1'],
    ]);
    const result = parseFormsCsv(csv, attendance, { dateOrder: 'mdy' });
    expect(result.issues).toEqual([
      { code: 'csv.extraColumn', severity: 'warning', row: 1, column: 'Ghi chú riêng' },
      { code: 'csv.missingColumn', severity: 'error', row: 1, column: 'Bạn muốn' },
    ]);
    expect(result.responses).toHaveLength(1);
    expect(result.responses[0]!.answers['Ghi chú riêng']).toBe('=1+1');
  });

  it('pads short rows, keeps surplus fields, returns rows without a readable timestamp to be kept', () => {
    const csv =
      'Timestamp,Email Address,Họ và tên\r\n10/5/2021 8:00:00,a@b.vn\r\n10/5/2021 8:01:00,b@b.vn,B,surplus\r\nngày nào đó,c@b.vn,C\r\n';
    const result = parseFormsCsv(csv, attendance, { dateOrder: 'mdy' });
    expect(result.responses).toHaveLength(2);
    expect(result.responses[0]!.answers).toEqual({});
    expect(result.responses[1]!.answers).toEqual({ 'Họ và tên': 'B', '(cột 4)': 'surplus' });
    expect(result.unreadable).toMatchObject([
      {
        row: 4,
        fields: ['ngày nào đó', 'c@b.vn', 'C'],
        email: 'c@b.vn',
        issue: { code: 'csv.badTimestamp', problem: 'format', value: 'ngày nào đó' },
      },
    ]);
    expect(result.issues.filter((i) => i.row !== 1).map((i) => [i.code, i.row])).toEqual([
      ['csv.raggedRow', 2],
      ['csv.raggedRow', 3],
      ['csv.badTimestamp', 4],
    ]);
  });

  it('rejects a file without a timestamp column or without anything', () => {
    expect(parseFormsCsv('Tên,Email\r\nA,a@b.vn\r\n', attendance)).toMatchObject({
      responses: [],
      unreadable: [],
      issues: [{ code: 'csv.noTimestampColumn', severity: 'fatal' }],
    });
    expect(parseFormsCsv('', attendance).issues.map((i) => i.code)).toEqual(['csv.empty']);
  });

  it('reads a file separated by ";" or tabs and says so; names the separator when still no timestamp', () => {
    const semicolon = 'Dấu thời gian;Địa chỉ email;Họ và tên\r\n2021-10-05 08:00:00;a@b.vn;"An; Bình"\r\n';
    const read = parseFormsCsv(semicolon, attendance);
    expect(read.issues[0]).toEqual({ code: 'csv.separator', severity: 'warning', value: ';' });
    expect(read.responses[0]!.answers['Họ và tên']).toBe('An; Bình');
    expect(parseFormsCsv(semicolon.replace(/;/g, '\t'), attendance).issues[0]!.value).toBe('\t');
    expect(parseFormsCsv('Ngày;Email;Tên\r\n1;2;3\r\n', attendance).issues).toEqual([
      { code: 'csv.noTimestampColumn', severity: 'fatal', row: 1, column: 'Timestamp', value: ';' },
    ]);
  });

  it('imports the complete rows of a file cut off mid-row and returns the broken tail to be kept', () => {
    const full = toCsv([
      ['Timestamp', 'Email Address', 'Họ và tên', 'Tổ/nhóm'],
      ['2021/10/01 8:10:00 AM GMT+7', 'a@b.vn', 'A', 'Tổ Lá'],
      ['2021/10/01 8:12:00 AM GMT+7', 'b@b.vn', 'B', 'Tổ Chồi'],
    ]);
    // Cut after the second cell of the last row: fewer cells than the header, no line break.
    const result = parseFormsCsv(full.slice(0, full.indexOf(',B,')), attendance);
    expect(result.responses.map((r) => r.email)).toEqual(['a@b.vn']);
    expect(result.unreadable).toMatchObject([
      { row: 3, fields: ['2021/10/01 8:12:00 AM GMT+7', 'b@b.vn'], issue: { code: 'csv.truncatedRow' } },
    ]);
    // A quoted field left open swallows the rest of the file: that record is the cut-off one.
    const open = `${full}"2021/10/01 8:14:00 AM GMT+7","c@b.vn","C, còn`;
    expect(parseFormsCsv(open, attendance).unreadable).toMatchObject([
      { row: 4, email: 'c@b.vn', issue: { code: 'csv.truncatedRow' } },
    ]);
    // Sheets ends its download without a line break: a complete last row is not cut off.
    expect(parseFormsCsv(full.trimEnd(), attendance).unreadable).toEqual([]);
  });
});
