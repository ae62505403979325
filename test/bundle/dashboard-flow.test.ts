import { beforeAll, describe, expect, it } from 'vitest';
import { buildDashboard } from '../../src/app/dashboard/build-dashboard';
import type { DashboardPayload } from '../../src/core/dashboard/render-dashboard';
import { NOMINATIONS_TABLE } from '../../src/core/schema/response-tables';
import { MemoryTables } from '../support/memory-tables';
import { DEFAULT_NOW } from '../gas/fakes';
import { illegalForScriptRun } from '../gas/fakes/html-service';
import { bundleCode, type LoadedBundle } from './load-bundle';
import { STAFF } from './outbox-world';
import { reportWorld } from './report-world';
import { gridOf } from './sheet-view';
import { scriptRun } from './script-run';

/**
 * "Bảng điều khiển" through dist/Code.js in the bare vm: the menu item opens the HtmlService
 * sidebar, whose "Làm mới" calls dashboardData() through google.script.run and gets plain data.
 */
let code = '';
beforeAll(async () => {
  code = await bundleCode();
});

function openFromMenu(bundle: LoadedBundle) {
  bundle.call('onOpen');
  const item = bundle.fakes
    .ui!.menus.at(-1)!
    .entries.find((e) => e !== 'separator' && e.caption === 'Bảng điều khiển');
  expect(item, 'the menu has "Bảng điều khiển"').toBeDefined();
  bundle.call((item as { functionName: string }).functionName);
  return bundle.fakes.ui!.sidebars.at(-1)!;
}

/** The sheet as the in-process use case sees it, to compare the bundle's model with. */
function memoryCopy(bundle: LoadedBundle): MemoryTables {
  const memory = new MemoryTables();
  for (const sheet of bundle.fakes.spreadsheet.sheets) {
    const name = sheet.nameForFake();
    memory.create(name);
    const grid = gridOf(bundle.fakes.spreadsheet, name) ?? [];
    if (grid.length > 0) memory.write(name, 0, 0, grid);
  }
  return memory;
}

describe('the dashboard sidebar in Apps Script', () => {
  it('opens from the menu with the week’s figures, reading each tab once', () => {
    const bundle = reportWorld(code);
    bundle.fakes.rec.reset();
    const sidebar = openFromMenu(bundle);
    expect(sidebar.getTitle()).toBe('Bảng điều khiển');
    const page = sidebar.getContent();
    expect(page).toContain('<button type="button" id="d-refresh"');
    expect(page).toContain('>Làm mới</button>');
    expect(page).toContain('google.script.run');
    // 10:00 on 30/09/2021: the week starts at midnight.
    expect(page).toContain('Còn 14 giờ đến tuần lễ');
    expect(page).toContain(`/${STAFF} (`);
    const tabs = bundle.fakes.spreadsheet.sheets.length;
    expect(bundle.fakes.calls['Range.getValues']).toBeLessThanOrEqual(tabs);
    expect(bundle.fakes.calls['Ui.showSidebar']).toBe(1);
  });

  it('refreshes through google.script.run with plain data, equal to the in-process model', () => {
    const bundle = reportWorld(code);
    openFromMenu(bundle);
    const raw = bundle.call('dashboardData');
    expect(illegalForScriptRun(raw)).toBeUndefined();
    const payload = scriptRun(bundle, 'dashboardData') as DashboardPayload;
    expect(payload.model.at).toBe('2021-09-30T10:00');
    expect(payload.model.opening.registered.total).toBe(STAFF);
    expect(payload.builtAt).toBe('Số liệu lúc thứ Năm, 30/09/2021 10:00');
    const links = payload.model.findings.shown.map((f) => f.href);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links)
      expect(link).toMatch(
        /^https:\/\/docs\.google\.com\/spreadsheets\/d\/fake-spreadsheet-id\/edit#gid=\d+/,
      );

    const expected = buildDashboard({
      tables: memoryCopy(bundle),
      clock: { now: () => new Date(DEFAULT_NOW) },
      env: { spreadsheetTimeZone: () => 'Asia/Ho_Chi_Minh', scriptTimeZone: () => 'Asia/Ho_Chi_Minh' },
      mailQuota: () => bundle.fakes.mail.getRemainingDailyQuota(),
      properties: { get: (key) => bundle.fakes.properties.getProperty(key) ?? undefined },
    });
    const withoutLinks = (m: DashboardPayload['model']) => ({
      ...m,
      findings: { ...m.findings, shown: m.findings.shown.map((f) => ({ ...f, href: null })) },
    });
    expect(withoutLinks(payload.model)).toEqual(withoutLinks(expected));
  });

  it('shows the last run of each job the triggers ran, and a failed one among the errors', () => {
    const bundle = reportWorld(code);
    bundle.call('drainOutbox');
    // The spreadsheet service fails the evening run (every read refused): the run fails.
    bundle.fakes.faults.injectTransient(['Range.getValues'], 1, 7);
    bundle.call('sendDailyProgress');
    bundle.fakes.faults.clearTransient();
    const runs = (scriptRun(bundle, 'dashboardData') as DashboardPayload).model.runs;
    const drain = runs.latest.find((l) => l.action === 'Gửi thư đang chờ (hằng ngày)');
    expect(drain?.outcome).toBe('thành công');
    expect(drain?.at).toBe('2021-09-30T10:00');
    const evening = runs.errors.find((l) => l.action === 'Tổng hợp cuối ngày');
    expect(evening?.outcome).toBe('lỗi');
    expect(evening?.detail).not.toBe('');
  });

  it('shows a review leadership typed after the sidebar opened, once "Làm mới" is pressed', () => {
    const bundle = reportWorld(code);
    openFromMenu(bundle);
    const before = scriptRun(bundle, 'dashboardData') as DashboardPayload;
    const chosen = (p: DashboardPayload) =>
      p.model.nominations.byStatus.find((s) => s.status === 'được chọn')!.count;
    expect(before.model.nominations.total).toBeGreaterThan(0);
    const sheet = bundle.fakes.spreadsheet.sheet(NOMINATIONS_TABLE.name)!;
    const header = gridOf(bundle.fakes.spreadsheet, NOMINATIONS_TABLE.name)![0]!;
    sheet.getRange(2, header.indexOf('Trạng thái xét chọn') + 1, 1, 1).setValues([['được chọn']]);
    const after = scriptRun(bundle, 'dashboardData') as DashboardPayload;
    expect(chosen(after)).toBe(chosen(before) + 1);
    expect(after.body).toContain('được chọn');
  });
});
