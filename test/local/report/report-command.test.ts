import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { ALL_TABLES } from '../../../src/core/schema/tables';
import type { TableKey } from '../../../src/core/schema/types';
import { fixedClock } from '../../../src/local/runtime/clock';
import { parseReportAt, reportLines, runReport } from '../../../src/local/commands/report-command';
import { Workbook } from '../../../src/local/workbook/workbook';
import { d, sampleGrids } from '../../core/report/report-fixture';

const dir = mkdtempSync(join(tmpdir(), 'report-cmd-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function sampleWorkbook(): Promise<string> {
  const workbook = Workbook.create();
  const grids = sampleGrids();
  for (const spec of ALL_TABLES) {
    const grid = grids[spec.key as TableKey];
    if (!grid) continue;
    workbook.create(spec.name);
    const width = Math.max(...grid.map((r) => r.length));
    workbook.write(
      spec.name,
      0,
      0,
      grid.map((r) => [...r, ...new Array(width - r.length).fill(null)]),
    );
  }
  const file = join(dir, 'ke-hoach.xlsx');
  await workbook.save(file);
  return file;
}

describe('learning-week report FILE', () => {
  it('reads the workbook and writes out/report/bao-cao-2021.docx with the figures', async () => {
    const file = await sampleWorkbook();
    const out = join(dir, 'out');
    // 10:30 UTC is 17:30 in the school: the final report.
    const { model, written } = await runReport(
      file,
      { dir: out },
      { clock: fixedClock(new Date('2021-10-07T10:30:00Z')) },
    );
    expect(written.docxPath).toBe(join(out, 'bao-cao-2021.docx'));
    expect(existsSync(written.docxPath)).toBe(true);
    const text = (await mammoth.extractRawText({ path: written.docxPath })).value;
    expect(text).toContain('4/8 (50 %)');
    expect(text).toContain('Quận 1, ngày 07 tháng 10 năm 2021');
    const lines = reportLines(model, written);
    expect(lines[0]).toBe(`Đã ghi báo cáo: ${written.docxPath}`);
    expect(lines).toContain('  • Có mặt lễ khai mạc: 4/8 (50 %, chỉ tiêu 50 %)');
    expect(lines.join('\n')).not.toContain('XEM TRƯỚC');
  });

  it('--at builds the report as of that moment, marked as a preview before the week ends', async () => {
    const file = await sampleWorkbook();
    const { model, written } = await runReport(
      file,
      { dir: join(dir, 'early'), at: parseReportAt('05/10/2021 14:00')! },
      { clock: fixedClock(new Date('2030-01-01T00:00:00Z')) },
    );
    expect(model.at).toEqual(d(5, 14));
    expect(reportLines(model, written).join('\n')).toContain('BẢN XEM TRƯỚC');
  });

  it('reads --at as the principal types it', () => {
    expect(parseReportAt('07/10/2021 17:00')).toEqual(d(7, 17));
    expect(parseReportAt('2021-10-07T17:00')).toEqual(d(7, 17));
    expect(parseReportAt('07/10/2021')).toEqual(d(7, 23, 59));
    expect(parseReportAt('mai')).toBeUndefined();
  });
});
