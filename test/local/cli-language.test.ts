import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/local/commands/cli-args';
import { emptyTally, dayLine } from '../../src/local/week/week-state';
import { buildCli, ROOT, tempDir } from './cli-support';

const BIN = join(ROOT, 'bin', 'learning-week.js');
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

function run(args: string[], env: Record<string, string> = {}, cwd = tempDir()) {
  const child = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, TZ: 'Asia/Ho_Chi_Minh', LEARNING_WEEK_LANG: '', ...env },
  });
  return { status: child.status, stdout: child.stdout, stderr: child.stderr, cwd };
}

describe('--language', () => {
  it('is passed on by init, week and demo', () => {
    expect(parseCommand(['init', '--language', 'en'])).toMatchObject({
      kind: 'init',
      options: { language: 'en' },
    });
    expect(parseCommand(['week', '--language', 'en', '--to', '29/09/2021'])).toMatchObject({
      kind: 'week',
      options: { language: 'en', to: '2021-09-29', outDir: 'out' },
    });
    expect(parseCommand(['demo', '--language', 'vi'])).toMatchObject({ kind: 'demo', language: 'vi' });
    expect(parseCommand(['week'])).toEqual({
      kind: 'week',
      options: { outDir: 'out' },
      common: { verbose: false },
    });
  });

  it('refuses another language in one line', () => {
    expect(parseCommand(['init', '--language', 'fr'])).toMatchObject({ kind: 'usage', alone: true });
    expect(parseCommand(['week', '--language', 'fr'])).toMatchObject({ kind: 'usage', alone: true });
  });

  it('writes the day lines in the language asked for', () => {
    const day = { ...emptyTally('2021-10-01', 'Friday, 01/10/2021'), sent: 3, responses: 2, duplicates: 1 };
    expect(dayLine(day, 'en')).toBe('Friday, 01/10/2021: 3 mails sent, 2 responses (1 duplicates)');
    expect(dayLine(day, 'vi')).toBe('Friday, 01/10/2021: 3 thư đã gửi, 2 phản hồi (1 trùng)');
  });
});

describe('the CLI in English', () => {
  beforeAll(() => buildCli(), 120_000);

  it('prints the usage in English with LEARNING_WEEK_LANG=en, in Vietnamese otherwise', () => {
    const en = run(['help'], { LEARNING_WEEK_LANG: 'en' });
    expect(en.stdout).toContain('Usage: learning-week <command> [options]');
    expect(en.stdout).toContain('LEARNING_WEEK_LANG=en');
    expect(en.stdout).not.toMatch(VIETNAMESE);
    expect(run(['help']).stdout).toContain('Cách dùng: learning-week <lệnh> [tùy chọn]');
  });

  it('says an unknown language in one line, exit 2', () => {
    const bad = run(['week', '--language', 'fr']);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('init --language en writes the sheet and says so in English', () => {
    const made = run(['init', '--language', 'en', '--out', 'plan.xlsx']);
    expect(made.status).toBe(0);
    expect(made.stdout).toMatch(/^Created plan\.xlsx: \d+ tabs/);
  }, 60_000);

  it('week --language en prints English day lines and summary', () => {
    const week = run(['week', '--language', 'en', '--to', '29/09/2021', '--speed', '0']);
    expect(week.status).toBe(0);
    expect(week.stdout).toContain('Lifelong Learning Week 2021');
    expect(week.stdout).toMatch(/mails sent/);
    expect(week.stdout).toContain('The week in figures');
    expect(week.stdout).not.toContain('thư đã gửi');
  }, 120_000);

  it('outbox prints no Vietnamese with LEARNING_WEEK_LANG=en on an English sheet; drain its own lines', () => {
    const made = run(['init', '--language', 'en', '--out', 'plan.xlsx']);
    expect(made.status).toBe(0);
    const en = { LEARNING_WEEK_LANG: 'en' };
    const outbox = run(['outbox', 'plan.xlsx'], en, made.cwd);
    expect(outbox.status).toBe(0);
    expect(outbox.stdout).toContain('Total: ');
    expect(outbox.stdout).toContain('waiting');
    expect(outbox.stdout + outbox.stderr).not.toMatch(VIETNAMESE);
    const drain = run(['drain', 'plan.xlsx', '--now', '2021-09-28T08:00'], en, made.cwd);
    expect(drain.status).toBe(0);
    // The last line is the drain's own summary, in the language the last plan check remembered.
    const lines = drain.stdout.trim().split('\n').slice(0, -1);
    expect(lines[0]).toBe('Sent: 0');
    expect(lines.join('\n')).not.toMatch(VIETNAMESE);
  }, 60_000);
});
