import { chmodSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as NodeFs from 'node:fs';
import { mailFamiliesIn } from './family-mail-file';

/**
 * The CLI as a hostile user meets it: every case ends in one line in Vietnamese, exit 2, and
 * the workbook as it was. File-system failures are injected into node:fs (the CLI's commands
 * run in-process), so they run on any machine and as root.
 */
const fault = vi.hoisted(() => ({ code: undefined as string | undefined, spareLocks: false }));

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof NodeFs>();
  const failing =
    <A extends unknown[], R>(
      syscall: string,
      real: (...args: A) => R,
      writes: (...args: A) => boolean = () => true,
    ) =>
    (...args: A): R => {
      const path = String(args[0]);
      if (fault.code && writes(...args) && !(fault.spareLocks && path.endsWith('.lock'))) {
        throw Object.assign(new Error(`${fault.code}: injected, ${syscall} '${path}'`), {
          code: fault.code,
          syscall,
          path,
        });
      }
      return real(...args);
    };
  const wrapped = {
    openSync: failing('open', fs.openSync as (p: unknown, f?: unknown) => number, (_p, flags) =>
      /[wax+]/.test(String(flags ?? 'r')),
    ),
    writeFileSync: failing(
      'write',
      fs.writeFileSync as (...a: unknown[]) => void,
      (p) => typeof p !== 'number',
    ),
    mkdirSync: failing('mkdir', fs.mkdirSync as (...a: unknown[]) => string | undefined),
    renameSync: failing('rename', fs.renameSync as (...a: unknown[]) => void),
    copyFileSync: failing('copyfile', fs.copyFileSync as (...a: unknown[]) => void),
  };
  return { ...fs, ...wrapped, default: { ...fs, ...wrapped } };
});

const { main } = await import('../../src/local/cli');

interface Run {
  status: number;
  errors: string[];
}

async function run(argv: string[]): Promise<Run> {
  const errors: string[] = [];
  const err = vi
    .spyOn(console, 'error')
    .mockImplementation((line: unknown) => void errors.push(String(line)));
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    return { status: await main(argv), errors };
  } finally {
    err.mockRestore();
    log.mockRestore();
  }
}

let template: Buffer;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lw-hostile-'));
  const file = join(dir, 'wb.xlsx');
  expect((await run(['init', '--sample', '--out', file])).status).toBe(0);
  // The school mails families: "invite --families" has their invitations to write.
  await mailFamiliesIn(file);
  expect((await run(['invite', file])).status).toBe(0);
  template = readFileSync(file);
}, 120_000);

afterEach(() => {
  fault.code = undefined;
  fault.spareLocks = false;
});

function workbook(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'lw-hostile-'));
  const file = join(dir, 'wb.xlsx');
  writeFileSync(file, template);
  return { dir, file };
}

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

function expectOneVietnameseLine(result: Run): void {
  expect(result.status).toBe(2);
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0]).toMatch(VIETNAMESE);
  expect(result.errors[0]).not.toMatch(/\n\s+at /);
}

/**
 * Every command, each writing what it writes into the case's own folder; `locksFirst`: the
 * workbook's lock is the first file it creates (commands on an existing workbook), where init
 * and week make their folder first.
 */
const COMMANDS: [string, (dir: string, file: string) => string[], { locksFirst: boolean }][] = [
  ['init', (dir) => ['init', '--out', join(dir, 'new.xlsx')], { locksFirst: false }],
  ['init --force', (_dir, file) => ['init', '--force', '--out', file], { locksFirst: false }],
  ['validate', (_dir, file) => ['validate', file], { locksFirst: true }],
  ['invite --families', (_dir, file) => ['invite', '--families', file], { locksFirst: true }],
  ['drain', (dir, file) => ['drain', file, '--out', join(dir, 'mail')], { locksFirst: true }],
  ['forms', (dir, file) => ['forms', file, '--out', join(dir, 'forms')], { locksFirst: true }],
  ['sync', (dir, file) => ['sync', file, '--out', join(dir, 'calendar')], { locksFirst: true }],
  ['report', (dir, file) => ['report', file, '--out', join(dir, 'report')], { locksFirst: true }],
  ['announce', (dir, file) => ['announce', file, '--out', join(dir, 'announce')], { locksFirst: true }],
  ['week', (dir) => ['week', '--out', join(dir, 'week')], { locksFirst: false }],
];

const REASONS: Record<string, RegExp> = {
  EACCES: /không có quyền/,
  ENAMETOOLONG: /quá dài/,
  EEXIST: /không phải thư mục/,
  ENOSPC: /ổ đĩa đã đầy/,
};
/** EEXIST from the exclusive create of FILE.lock is the system saying another run holds it. */
const LOCK_HELD = /đang được một lệnh learning-week khác sử dụng \(tệp khóa .*wb\.xlsx\.lock\)/;

function expectedReason(code: string, spareLocks: boolean, locksFirst: boolean): RegExp {
  return code === 'EEXIST' && !spareLocks && locksFirst ? LOCK_HELD : REASONS[code]!;
}

describe('file-system failures in every command', () => {
  for (const code of Object.keys(REASONS)) {
    for (const spareLocks of [false, true]) {
      for (const [name, argv, { locksFirst }] of COMMANDS) {
        it(`${name}: ${code}${spareLocks ? ' once the lock is taken' : ''} is one line, exit 2, workbook unchanged`, async () => {
          const { dir, file } = workbook();
          fault.code = code;
          fault.spareLocks = spareLocks;
          const result = await run(argv(dir, file));
          fault.code = undefined;
          expectOneVietnameseLine(result);
          expect(result.errors[0]).toMatch(expectedReason(code, spareLocks, locksFirst));
          expect(result.errors[0]).not.toMatch(/không mong đợi/);
          expect(readFileSync(file).equals(template)).toBe(true);
          expect(existsSync(`${file}.bak`)).toBe(false);
        }, 60_000);
      }
    }
  }
});

describe('real files', () => {
  it('--out naming an existing file is refused before any work', async () => {
    for (const command of ['sync', 'report', 'forms', 'drain', 'announce']) {
      const { dir, file } = workbook();
      const taken = join(dir, 'taken');
      writeFileSync(taken, 'x');
      const result = await run([command, file, '--out', taken]);
      expectOneVietnameseLine(result);
      expect(result.errors[0]).toContain(`--out ${taken}`);
      expect(readFileSync(file).equals(template)).toBe(true);
      expect(existsSync(join(dir, 'mail', '.daily-count.json'))).toBe(false);
    }
  });

  it('a name of 253 bytes is one line naming the length problem', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lw-hostile-'));
    const result = await run(['init', '--out', join(dir, `${'a'.repeat(248)}.xlsx`)]);
    expectOneVietnameseLine(result);
    expect(result.errors[0]).toMatch(/quá dài/);
  });

  it('a read-only workbook (444) is refused before any work, even for root; a save keeps the mode', async () => {
    const { file } = workbook();
    chmodSync(file, 0o444);
    const refused = await run(['validate', file]);
    expectOneVietnameseLine(refused);
    expect(refused.errors[0]).toMatch(/chỉ cho đọc/);
    expect(statSync(file).mode & 0o777).toBe(0o444);
    expect(readFileSync(file).equals(template)).toBe(true);
    // Reading commands still read it.
    expect((await run(['outbox', file])).status).toBe(0);
    chmodSync(file, 0o640);
    // The sample plan has no errors: validate saves its findings and exits 0.
    expect((await run(['validate', file])).status).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o640);
    expect(statSync(`${file}.bak`).mode & 0o777).toBe(0o640);
  }, 60_000);

  it('a read-only folder stops init before it writes the lock', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lw-hostile-'));
    chmodSync(dir, 0o555);
    const result = await run(['init', '--out', join(dir, 'x.xlsx')]);
    expectOneVietnameseLine(result);
    expect(result.errors[0]).toMatch(/chỉ cho đọc/);
    chmodSync(dir, 0o755);
    expect(existsSync(join(dir, 'x.xlsx.lock'))).toBe(false);
  });
});

describe('options', () => {
  it.each([
    [['week', '--bogus'], /--bogus/],
    [['week', '--speed', '-1'], /--speed "-1".*từ 0 trở lên/],
    [['init', '--out'], /"--out" cần một giá trị, ví dụ --out ke-hoach\.xlsx/],
    [['drain', 'x.xlsx', '--daily-limit', '-5'], /"-5".*--daily-limit.*từ 1 đến 100\.000/],
    [['drain', 'x.xlsx', '--daily-limit', '1000000000'], /từ 1 đến 100\.000/],
    [['week', '--daily-limit', '0'], /từ 1 đến 100\.000/],
  ])('%j is refused in Vietnamese with the option and what it takes, exit 2', async (argv, line) => {
    const result = await run(argv);
    expect(result.status).toBe(2);
    expect(result.errors[0]).toMatch(line);
    expect(result.errors[0]).toMatch(VIETNAMESE);
  });
});

describe('SMTP', () => {
  it.each([
    [['--smtp', 'garbage'], {}, /--smtp "garbage" không hợp lệ/],
    [[], { SMTP_URL: 'smtp://' }, /SMTP_URL "smtp:\/\/" thiếu tên máy chủ/],
    [['--smtp', 'smtp://u:secret@'], {}, /thiếu tên máy chủ/],
  ])('%j %j is refused before any send', async (args, env, line) => {
    const { dir, file } = workbook();
    vi.stubEnv('SMTP_URL', (env as { SMTP_URL?: string }).SMTP_URL ?? '');
    try {
      const result = await run(['drain', file, '--out', join(dir, 'mail'), ...args]);
      expectOneVietnameseLine(result);
      expect(result.errors[0]).toMatch(line);
      expect(result.errors[0]).not.toContain('secret');
      expect(readFileSync(file).equals(template)).toBe(true);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('a server that refuses is one line within seconds; the mail stays waiting, the quota unused', async () => {
    const { dir, file } = workbook();
    const started = Date.now();
    const result = await run(['drain', file, '--out', join(dir, 'mail'), '--smtp', 'smtp://127.0.0.1:1']);
    expect(Date.now() - started).toBeLessThan(8_000);
    expectOneVietnameseLine(result);
    expect(result.errors[0]).toMatch(/^Không kết nối được máy chủ thư 127\.0\.0\.1:1/);
    expect(readFileSync(file).equals(template)).toBe(true);
    expect(existsSync(join(dir, 'mail', '.daily-count.json'))).toBe(false);
  });
});
