import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/local/cli';
import { findLibreOffice } from '../../src/local/report/write-report';
import { Workbook } from '../../src/local/workbook/workbook';
import { readTable } from '../../src/core/table';
import { ACTIVITIES_TABLE } from '../../src/core/schema/tables';

const FIXTURE = join(__dirname, '..', 'fixtures', 'plans', 'mam-non-phuong.txt');

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const log = console.log;
  console.log = (...a: unknown[]) => void lines.push(a.join(' '));
  try {
    const code = await main(args);
    return { code, out: lines.join('\n') };
  } finally {
    console.log = log;
  }
}

/** The fixture as a school's .docx: the letterhead a borderless table, the lists real bullets. */
async function fixtureDocx(path: string): Promise<void> {
  const lines = readFileSync(FIXTURE, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '');
  const cell = (texts: string[]) => new TableCell({ children: texts.map((t) => new Paragraph(t)) });
  const head = new Table({
    rows: [new TableRow({ children: [cell(lines.slice(0, 3)), cell(lines.slice(3, 6))] })],
  });
  const body = lines.slice(6).map((line) => {
    const item = /^[-•]\s*(.*)$/.exec(line);
    return item
      ? new Paragraph({ numbering: { reference: 'dash', level: 0 }, children: [new TextRun(item[1]!)] })
      : new Paragraph(line);
  });
  const doc = new Document({
    numbering: {
      config: [{ reference: 'dash', levels: [{ level: 0, format: LevelFormat.BULLET, text: '-' }] }],
    },
    sections: [{ children: [head, ...body] }],
  });
  writeFileSync(path, await Packer.toBuffer(doc));
}

describe('learning-week import and plan', () => {
  it('imports the same plan from its .docx as from its .txt, into a new workbook', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-cli-'));
    await fixtureDocx(join(dir, 'ke-hoach.docx'));
    const fromDocx = await cli(['import', join(dir, 'ke-hoach.docx'), '--out', join(dir, 'a.xlsx')]);
    expect((await cli(['import', FIXTURE, '--out', join(dir, 'b.xlsx')])).code).toBe(0);
    expect(fromDocx.code).toBe(0);
    expect(fromDocx.out).toContain('HD04: ngày 10/10/2022 nằm ngoài tuần lễ (01/10/2022 – 07/10/2022).');
    expect(fromDocx.out).toContain('4 hoạt động');
    const rows = async (file: string) =>
      readTable(ACTIVITIES_TABLE, (await Workbook.open(file)).read('Hoạt động')).rows.map((r) => r.cells);
    expect(await rows(join(dir, 'a.xlsx'))).toEqual(await rows(join(dir, 'b.xlsx')));
  });

  it('into an existing workbook shows the changes first and writes them only with --apply', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-cli-'));
    const file = join(dir, 'plan.xlsx');
    expect((await cli(['init', '--out', file])).code).toBe(0);
    const before = readFileSync(file);
    const shown = await cli(['import', FIXTURE, '--out', file]);
    expect(shown.out).toContain('Cấu hình “Tên trường”: Trường Mầm non 20/10 → Trường Mầm non Hoa Sen');
    expect(shown.out).toContain('--apply');
    expect(readFileSync(file).equals(before)).toBe(true);
    const applied = await cli(['import', FIXTURE, '--out', file, '--apply']);
    expect(applied.out).toContain(`Đã ghi vào ${file}.`);
    const again = await cli(['import', FIXTURE, '--out', file]);
    expect(again.out).not.toContain('Cấu hình “Tên trường”');
  });

  // Runs where LibreOffice and pdftotext are installed; elsewhere there is nothing to convert.
  const pdftotext = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));
  it.skipIf(!findLibreOffice() || !pdftotext)(
    'writes a KẾ HOẠCH LibreOffice opens, the Quốc hiệu on one line and no stale year',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'plan-cli-'));
      await cli([
        'import',
        join(__dirname, '..', 'fixtures', 'plans', 'ke-hoach-2021.txt'),
        '--out',
        join(dir, 's.xlsx'),
      ]);
      const written = await cli(['plan', join(dir, 's.xlsx'), '--out', dir]);
      expect(written.code).toBe(0);
      const docx = join(dir, 'ke-hoach-2021.docx');
      execFileSync(findLibreOffice()!, ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], {
        timeout: 120_000,
      });
      const text = execFileSync(pdftotext!, ['-layout', join(dir, 'ke-hoach-2021.pdf'), '-'], {
        encoding: 'utf8',
      });
      expect(text.split('\n').some((l) => l.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toBe(true);
      expect(text).not.toMatch(/năm\s+2020/);
      expect(text).toContain('KẾ HOẠCH');
    },
    180_000,
  );
});
