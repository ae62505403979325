import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/local/commands/cli-args';
import { parseNow } from '../../src/local/runtime/clock';

describe('command line', () => {
  it('reads init with every option', () => {
    expect(
      parseCommand([
        'init',
        '--year',
        '2024',
        '--school',
        'Trường Mầm non Hoa Hồng 2',
        '--theme',
        'Học tập suốt đời',
        '--start',
        '2024-10-01',
        '--sample',
        '--out',
        'x.xlsx',
        '--force',
      ]),
    ).toMatchObject({
      kind: 'init',
      options: {
        year: 2024,
        school: 'Trường Mầm non Hoa Hồng 2',
        theme: 'Học tập suốt đời',
        start: '2024-10-01',
        sample: true,
        blank: false,
        out: 'x.xlsx',
        force: true,
      },
    });
  });

  it.each([
    [['frobnicate'], 'Không có lệnh "frobnicate".'],
    [['init', '--colour', 'red'], 'Không có tùy chọn "--colour".'],
    [['init', '--year', '21'], 'Năm "21" không hợp lệ'],
    [['init', '--start', '2024-02-30'], 'Ngày bắt đầu "2024-02-30" không hợp lệ'],
    [['init', '--school', '  '], 'Tùy chọn --school không được để trống.'],
    [['validate'], 'Lệnh validate cần đúng một tệp .xlsx'],
    [['validate', 'a.xlsx', 'b.xlsx'], 'Lệnh validate cần đúng một tệp .xlsx'],
  ])('explains %j in Vietnamese', (argv, reason) => {
    const command = parseCommand(argv);
    expect(command.kind).toBe('usage');
    expect(command.kind === 'usage' && command.reason).toContain(reason);
  });

  it('treats no command, help, --help and -h as a request for help', () => {
    for (const argv of [[], ['help'], ['--help'], ['-h'], ['validate', '--help']]) {
      expect(parseCommand(argv).kind).toBe('help');
    }
  });
});

describe('--now', () => {
  it('reads a wall-clock time as the school’s (UTC+7), whatever the machine zone', () => {
    expect(parseNow('2021-10-05T08:00')?.toISOString()).toBe('2021-10-05T01:00:00.000Z');
    expect(parseNow('2021-10-05')?.toISOString()).toBe('2021-10-04T17:00:00.000Z');
  });

  it('reads an instant with an offset as that instant', () => {
    expect(parseNow('2021-10-05T08:00:00Z')?.toISOString()).toBe('2021-10-05T08:00:00.000Z');
    expect(parseNow('2021-10-05T08:00:00+07:00')?.toISOString()).toBe('2021-10-05T01:00:00.000Z');
  });

  it('rejects anything else', () => {
    for (const text of ['hôm qua', '05/10/2021', '2021-13-01', '2021-10-05T25:00']) {
      expect(parseNow(text)).toBeUndefined();
    }
  });
});
