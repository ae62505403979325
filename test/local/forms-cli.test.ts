import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../../src/core/forms/csv';
import { Workbook } from '../../src/local/workbook/workbook';
import { buildCli, cli, ROOT, tempDir } from './cli-support';

beforeAll(buildCli);

interface SpecJson {
  id: string;
  title: string;
  questions: { key: string; title: string; type: string; required: boolean; choices?: string[] }[];
}

const count = (stdout: string, label: string): number => {
  const match = new RegExp(`^${label}.*?: (\\d+)$`, 'm').exec(stdout);
  if (!match) throw new Error(`no "${label}" in:\n${stdout}`);
  return Number(match[1]);
};

/** The sample plan; `sessionTitle` renames the first training session as the principal might. */
async function setUp(sessionTitle?: string): Promise<{ dir: string; specs: SpecJson[]; staff: string[][] }> {
  const dir = tempDir();
  const init = cli(['init', '--sample', '--out', 'k.xlsx'], dir);
  expect(init.status).toBe(0);
  if (sessionTitle) {
    const book = await Workbook.open(join(dir, 'k.xlsx'));
    const grid = book.read('Hoạt động')!;
    const [kind, title] = [grid[0]!.indexOf('Loại'), grid[0]!.indexOf('Tên hoạt động')];
    expect(title).toBeGreaterThanOrEqual(0);
    const row = grid.findIndex((r) => r[kind] === 'tập huấn');
    book.write('Hoạt động', row, title, [[sessionTitle]]);
    await book.save(join(dir, 'k.xlsx'));
  }
  const specs = JSON.parse(cli(['forms', 'k.xlsx', '--format', 'json'], dir).stdout) as SpecJson[];
  const people = (await Workbook.open(join(dir, 'k.xlsx'))).read('Nhân sự')!;
  const [header, ...rows] = people;
  const at = (h: string): number => header!.indexOf(h);
  const staff = rows
    .filter((r) => r[at('Đang làm việc')] !== 'không')
    .map((r) => [String(r[at('Email')]), String(r[at('Họ và tên')])]);
  return { dir, specs, staff };
}

/** Google's export: Timestamp (US locale), Email Address, one column per question title. */
function attendanceCsv(
  spec: SpecJson,
  staff: string[][],
  options: { extra?: string; drop?: string } = {},
): string {
  const questions = spec.questions.filter((q) => q.key !== 'email' && q.title !== options.drop);
  const header = ['Timestamp', 'Email Address', ...questions.map((q) => q.title)];
  if (options.extra) header.push(options.extra);
  const rows = staff.map(([email, name], i) => {
    const cells = [`10/1/2021 8:${String(i).padStart(2, '0')}:12`, email!];
    for (const q of questions) cells.push(q.key === 'name' ? name! : q.choices![i % q.choices!.length]!);
    if (options.extra) cells.push('ghi chú');
    return cells;
  });
  return toCsv([header, ...rows]);
}

const tabRows = async (dir: string, tab: string): Promise<number> =>
  ((await Workbook.open(join(dir, 'k.xlsx'))).read(tab)?.length ?? 1) - 1;

describe('learning-week respond', () => {
  it('records a Google Forms CSV once, says which column is extra, and counts a re-import as duplicates', async () => {
    const { dir, specs, staff } = await setUp();
    const spec = specs.find((s) => s.id === 'attendance')!;
    const some = staff.slice(0, 6);
    writeFileSync(join(dir, 'r.csv'), attendanceCsv(spec, some, { extra: 'Ghi chú thêm' }));
    const run = cli(['respond', 'attendance', 'k.xlsx', '--csv', 'r.csv', '--date-order', 'mdy'], dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Cột thừa "Ghi chú thêm" không phải câu hỏi của biểu mẫu');
    expect(count(run.stdout, 'Đã ghi nhận')).toBe(some.length);
    expect(count(run.stdout, 'Cần xem lại')).toBe(0);
    expect(await tabRows(dir, 'Điểm danh khai mạc')).toBe(some.length);
    expect(await tabRows(dir, 'Phản hồi gốc')).toBe(some.length);

    const again = cli(['respond', 'attendance', 'k.xlsx', '--csv', 'r.csv', '--date-order', 'mdy'], dir);
    expect(count(again.stdout, 'Đã ghi nhận')).toBe(0);
    expect(count(again.stdout, 'Trùng')).toBe(some.length);
    expect(await tabRows(dir, 'Phản hồi gốc')).toBe(some.length);
  });

  it('with a required column missing, says so and flags every response with a Vietnamese reason', async () => {
    const { dir, specs, staff } = await setUp();
    const spec = specs.find((s) => s.id === 'attendance')!;
    const mode = spec.questions.find((q) => q.key === 'mode')!.title;
    writeFileSync(join(dir, 'r.csv'), attendanceCsv(spec, staff.slice(0, 3), { drop: mode }));
    const run = cli(['respond', 'attendance', 'k.xlsx', '--csv', 'r.csv', '--date-order', 'mdy'], dir);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`Thiếu cột "${mode}" (câu hỏi bắt buộc)`);
    expect(count(run.stdout, 'Cần xem lại')).toBe(3);
    expect(run.stdout).toContain(`Thiếu câu trả lời bắt buộc: "${mode}".`);
    expect(await tabRows(dir, 'Điểm danh khai mạc')).toBe(3);
  });

  it('takes single responses as JSON from a file or from standard input', async () => {
    const { dir, specs, staff } = await setUp();
    const spec = specs.find((s) => s.id === 'attendance')!;
    const answers = (name: string): Record<string, string> => {
      const out: Record<string, string> = {};
      for (const q of spec.questions)
        if (q.key !== 'email') out[q.title] = q.key === 'name' ? name : q.choices![0]!;
      return out;
    };
    const [a, b] = staff;
    writeFileSync(
      join(dir, 'one.json'),
      JSON.stringify({ timestamp: '2021-10-01T08:00', email: a![0], answers: answers(a![1]!) }),
    );
    const fromFile = cli(['respond', 'attendance', 'k.xlsx', '--json', 'one.json'], dir);
    expect(fromFile.stderr).toBe('');
    expect(count(fromFile.stdout, 'Đã ghi nhận')).toBe(1);

    const piped = spawnSync(
      process.execPath,
      [
        join(ROOT, 'bin', 'learning-week.js'),
        'respond',
        'attendance',
        'k.xlsx',
        '--json',
        '-',
        '--date-order',
        'dmy',
      ],
      {
        cwd: dir,
        encoding: 'utf8',
        input: JSON.stringify([
          { responseId: 'R-1', timestamp: '01/10/2021 09:15', email: b![0], answers: answers(b![1]!) },
          { responseId: 'R-1', timestamp: '01/10/2021 09:15', email: b![0], answers: answers(b![1]!) },
        ]),
      },
    );
    expect(piped.stderr).toBe('');
    expect(count(piped.stdout, 'Đã ghi nhận')).toBe(1);
    expect(count(piped.stdout, 'Trùng')).toBe(1);
    expect(await tabRows(dir, 'Điểm danh khai mạc')).toBe(2);
  });

  it('refuses unusable input in one Vietnamese line, exit 2, leaving the workbook as it was', () => {
    const dir = tempDir();
    expect(cli(['init', '--sample', '--out', 'k.xlsx'], dir).status).toBe(0);
    const before = readFileSync(join(dir, 'k.xlsx'));
    const cases: [string[], string, RegExp][] = [
      [['--json', 'bad.json'], '{"timestamp": ', /^Không dùng được tệp bad\.json: Dữ liệu JSON không hợp lệ/],
      [
        ['--json', 'bad.json'],
        '{"timestamp":"hôm qua","answers":{}}',
        /thời điểm gửi "hôm qua" không đọc được/,
      ],
      [['--csv', 'bad.json'], 'Tên,Email\nAn,a@b.c\n', /không có cột "Timestamp"/],
      [['--csv', 'khong-co.csv'], '', /^Không mở được tệp khong-co\.csv: tệp không tồn tại\.$/],
    ];
    for (const [args, content, message] of cases) {
      writeFileSync(join(dir, 'bad.json'), content);
      const run = cli(['respond', 'attendance', 'k.xlsx', ...args], dir);
      expect(run.status).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr.trim()).toMatch(message);
      expect(readFileSync(join(dir, 'k.xlsx')).equals(before)).toBe(true);
    }
    const usage = cli(['respond', 'dinner', 'k.xlsx', '--csv', 'x.csv'], dir);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('attendance, training, nomination hoặc result');
  });
});

describe('learning-week forms', () => {
  it('--format json prints the four forms with every question title, type and choices', async () => {
    const { specs } = await setUp();
    expect(specs.map((s) => s.id)).toEqual(['attendance', 'training', 'nomination', 'result']);
    for (const spec of specs) {
      expect(spec.title).not.toBe('');
      for (const q of spec.questions) {
        expect(q.title).not.toBe('');
        if (['multipleChoice', 'checkbox', 'list'].includes(q.type))
          expect(q.choices?.length).toBeGreaterThan(0);
      }
    }
    const sessions = specs[1]!.questions.find((q) => q.type === 'checkbox' && q.key === 'sessions')!;
    expect(sessions.choices!.every((c) => /^\[HD\d+\]/.test(c))).toBe(true);
  });

  it('writes an escaped HTML preview of each form, or Markdown, with every question', async () => {
    const { dir, specs } = await setUp('<script>alert(1)</script> Tập huấn "Internet" & an toàn');
    const run = cli(['forms', 'k.xlsx'], dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const files = readdirSync(join(dir, 'out', 'forms')).sort();
    expect(files).toEqual(['attendance.html', 'nomination.html', 'result.html', 'training.html']);
    // The previews' links the command wrote into Settings are no error of the principal's.
    const check = cli(['validate', 'k.xlsx'], dir);
    expect(check.stdout).not.toMatch(/Biểu mẫu[^\n]*(không hợp lệ|lỗi)/);
    expect(check.stdout).toMatch(/Kiểm tra xong: 0 lỗi/);
    const pages = files.map((f) => readFileSync(join(dir, 'out', 'forms', f), 'utf8'));
    for (const page of pages) expect(page).not.toContain('<script>');
    expect(pages.some((p) => p.includes('&lt;script&gt;alert(1)&lt;/script&gt;'))).toBe(true);
    const training = readFileSync(join(dir, 'out', 'forms', 'training.html'), 'utf8');
    for (const q of specs[1]!.questions.filter((x) => x.key !== 'email')) {
      expect(training).toContain(
        q.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;'),
      );
    }

    const md = cli(['forms', 'k.xlsx', '--format', 'markdown', '--out', 'xem-truoc'], dir);
    expect(md.status).toBe(0);
    const nomination = readFileSync(join(dir, 'xem-truoc', 'nomination.md'), 'utf8');
    expect(nomination.startsWith('# ')).toBe(true);
    expect(nomination).toContain('Đồng ý chia sẻ với Hội khuyến học phường');
    const trainingMd = readFileSync(join(dir, 'xem-truoc', 'training.md'), 'utf8');
    expect(trainingMd).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(trainingMd).not.toMatch(/(^|[^\\])<script>/);
    expect(existsSync(join(dir, 'xem-truoc', 'attendance.md'))).toBe(true);
  });
});
