import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DISTRICT_FIGURE_KEYS } from '../../core/report/district-figures';
import { collectDistrict } from '../google/district-collect';
import { saveToken } from '../google/token-store';

/** What the district office must not wait for: 100 schools in under 10 s behind a 50 ms network. */
export const DISTRICT_TARGET = { schools: 100, latencyMs: 50, ms: 10_000 } as const;

export interface DistrictRun {
  readonly schools: number;
  readonly latencyMs: number;
  readonly ms: number;
  readonly calls: number;
}

/**
 * `district collect` of SCHOOLS sheets against a Sheets API stand-in on 127.0.0.1 that waits
 * LATENCY ms before each answer: the real command, the real client over real HTTP, the
 * workbook written. Every school has its figures tab, so the run is the one that must be fast.
 */
export async function measureDistrictCollect(
  schools: number = DISTRICT_TARGET.schools,
  latencyMs: number = DISTRICT_TARGET.latencyMs,
): Promise<DistrictRun> {
  let calls = 0;
  const figures = {
    range: "'Số liệu báo cáo'!A1:C60",
    values: [['Khóa', 'Nội dung', 'Giá trị'], ...DISTRICT_FIGURE_KEYS.map((key) => [key, key, 1])],
  };
  const settings = {
    range: "'Cấu hình'!A1:B2",
    values: [
      ['Mục', 'Giá trị'],
      ['Tên trường', 'Trường'],
    ],
  };
  const server = createServer((_req, res) => {
    calls++;
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ valueRanges: [figures, settings] }));
    }, latencyMs);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const dir = mkdtempSync(join(tmpdir(), 'learning-week-district-bench-'));
  try {
    const env = { XDG_CONFIG_HOME: join(dir, 'config') };
    mkdirSync(env.XDG_CONFIG_HOME);
    saveToken({ access_token: 'bench', token_type: 'Bearer' }, env);
    const list = join(dir, 'schools.txt');
    writeFileSync(
      list,
      Array.from({ length: schools }, (_, n) => `1BenchSchool${String(n).padStart(4, '0')}AbCdEfGhIj`).join(
        '\n',
      ),
    );
    const started = performance.now();
    const status = await collectDistrict(
      {
        list,
        out: join(dir, 'district.xlsx'),
        env,
        rootUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
      },
      { out: () => {}, err: () => {} },
    );
    const ms = Math.round(performance.now() - started);
    if (status !== 0) throw new Error(`district bench: exit ${status}`);
    return { schools, latencyMs, ms, calls };
  } finally {
    server.closeAllConnections();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
