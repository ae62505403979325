import { beforeAll, describe, expect, it } from 'vitest';
import { isLocalDateTime } from '../../src/core/cell';
import { ACTIVITIES_TABLE, ALL_TABLES } from '../../src/core/schema/tables';
import { setup } from '../../src/app/plan/setup';
import { syncForms } from '../../src/app/forms/sync-forms';
import type { FormsPort } from '../../src/ports';
import { validatePlan } from '../../src/app/plan/validate-plan';
import { MemoryTables, trimGrid } from '../support/memory-tables';
import { bundleCode, FIXED_NOW, loadBundle } from './load-bundle';
import { gridOf } from './sheet-view';

/**
 * dist/Code.js exactly as clasp pushes it, in a bare node:vm context whose only globals are
 * the recording fakes. The tables it leaves behind must equal what the same use cases produce
 * on the in-memory tables (the local runtime's semantics).
 */
let code = '';
beforeAll(async () => {
  code = await bundleCode();
});

/** A FormsPort handing out the ids and links the FormApp fake gives, in the same order. */
function sameFormsAsTheFakes(): FormsPort {
  let next = 1;
  return {
    upsert: () => {
      const id = `form-${next++}`;
      return {
        id,
        publishedUrl: `https://docs.google.com/forms/d/e/${id}/viewform`,
        editUrl: `https://docs.google.com/forms/d/${id}/edit`,
        created: true,
      };
    },
  };
}

class MemoryProperties {
  private readonly store = new Map<string, string>();
  get = (key: string): string | undefined => this.store.get(key);
  set = (key: string, value: string): void => void this.store.set(key, value);
  delete = (key: string): void => void this.store.delete(key);
}

/** The same plan, made by the same use cases on the memory tables, with the same clock. */
function memoryPlan(zone: string): MemoryTables {
  const tables = new MemoryTables();
  const clock = { now: () => new Date(FIXED_NOW) };
  const log = { info: () => undefined, error: () => undefined };
  setup({ tables, clock, log }, { plan: 'seed' });
  syncForms({ tables, log, properties: new MemoryProperties(), forms: sameFormsAsTheFakes() });
  const env = { spreadsheetTimeZone: () => zone, scriptTimeZone: () => 'Asia/Ho_Chi_Minh' };
  validatePlan({ tables, env, clock, log });
  return tables;
}

describe('dist/Code.js', () => {
  it('declares onOpen, setup and validatePlan at the top level, where Apps Script looks', () => {
    for (const name of ['onOpen', 'setup', 'validatePlan']) {
      expect(code).toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    }
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    expect(code).not.toMatch(/\brequire\(/);
  });

  it('runs where there is no Node, no browser and no timers', () => {
    const bundle = loadBundle(code);
    for (const name of [
      'require',
      'process',
      'module',
      'Buffer',
      'setTimeout',
      'setInterval',
      'queueMicrotask',
      'fetch',
      'URL',
      'TextEncoder',
      'crypto',
      'window',
      'document',
    ]) {
      expect(bundle.typeOf(name), name).toBe('undefined');
    }
    for (const name of ['onOpen', 'setup', 'validatePlan'])
      expect(bundle.typeOf(name), name).toBe('function');
  });
});

describe('onOpen in the vm', () => {
  it('builds the menu "Tuần lễ HTSĐ" whose items call global functions of the bundle', () => {
    const bundle = loadBundle(code);
    bundle.call('onOpen');
    const menus = bundle.fakes.ui!.menus;
    expect(menus.map((m) => m.caption)).toEqual(['Tuần lễ HTSĐ']);
    expect(menus[0]!.entries.map((e) => (e === 'separator' ? e : e.caption))).toEqual([
      'Thiết lập',
      'Kiểm tra kế hoạch',
      'Bảng điều khiển',
      'Tạo/cập nhật biểu mẫu',
      'Gửi thư mời',
      'Gửi thư đang chờ',
      'Xem trước thay đổi lịch',
      'Đồng bộ lịch',
      'Tạo báo cáo ngay',
      'Nhập kế hoạch từ Google Docs',
      'Xuất kế hoạch',
      'Tạo thông báo và mã QR',
      'Khen thưởng và thư đề cử',
      'Xóa dữ liệu cá nhân hết hạn',
      'Chuyển quyền chạy tự động',
    ]);
    for (const entry of menus[0]!.entries) {
      if (entry !== 'separator') expect(bundle.typeOf(entry.functionName)).toBe('function');
    }
  });

  it('is silent without a UI and with an event object', () => {
    const bundle = loadBundle(code, { ui: false });
    expect(() => bundle.call('onOpen', { authMode: 'LIMITED' })).not.toThrow();
  });
});

describe('setup and validatePlan in the vm', () => {
  it('setup creates every tab with its headers and the 2021 plan inside 01–07/10/2021', () => {
    const bundle = loadBundle(code);
    bundle.call('setup');
    const { spreadsheet, ui } = bundle.fakes;
    for (const spec of ALL_TABLES) {
      const grid = gridOf(spreadsheet, spec.name);
      expect(grid, spec.name).toBeDefined();
      expect(grid![0], spec.name).toEqual(expect.arrayContaining(spec.columns.map((c) => c.header)));
    }
    const activities = gridOf(spreadsheet, ACTIVITIES_TABLE.name)!;
    const startAt = activities[0]!.indexOf('Bắt đầu');
    const rows = activities.slice(1).filter((r) => r.some((c) => c !== null));
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(rows.length).toBeLessThanOrEqual(16);
    for (const row of rows) {
      const start = row[startAt];
      expect(
        isLocalDateTime(start) && start.iso >= '2021-10-01' && start.iso < '2021-10-08',
        String(row[0]),
      ).toBe(true);
    }
    expect(ui!.alerts).toHaveLength(1);
    expect(ui!.alerts[0]!.title).toBe('Thiết lập');
    // laid out for a principal: header frozen and bold, dates shown dd/MM/yyyy HH:mm, choice lists
    const sheet = spreadsheet.sheet(ACTIVITIES_TABLE.name)!;
    const column = (header: string): number => activities[0]!.indexOf(header) + 1;
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getRange(1, 1).getFontWeight()).toBe('bold');
    expect(sheet.getRange(2, column('Bắt đầu')).getNumberFormat()).toBe('dd/MM/yyyy HH:mm');
    expect(sheet.getRange(2, column('Loại')).getDataValidation()?.getCriteriaValues()[0]).toContain(
      'khai mạc',
    );
    expect(bundle.fakes.lock.held).toBe(false);
  });

  it.each(['Asia/Ho_Chi_Minh', 'America/New_York'])(
    'in a %s spreadsheet, the tables equal the memory run of the same use cases',
    (zone) => {
      const bundle = loadBundle(code, { spreadsheetTimeZone: zone });
      bundle.call('setup');
      const memory = memoryPlan(zone);
      for (const spec of ALL_TABLES) {
        expect(gridOf(bundle.fakes.spreadsheet, spec.name), spec.name).toEqual(
          trimGrid(memory.tabs.get(spec.name) ?? []),
        );
      }
    },
  );

  it('validatePlan writes findings into the sheet and shows the summary as toast and dialog', () => {
    const bundle = loadBundle(code);
    bundle.call('setup');
    const sheet = bundle.fakes.spreadsheet.sheet(ACTIVITIES_TABLE.name)!;
    // clear the findings setup's own check wrote, to see validatePlan write them again
    const activities = gridOf(bundle.fakes.spreadsheet, ACTIVITIES_TABLE.name)!;
    const findingsAt = activities[0]!.indexOf('Kết quả kiểm tra') + 1;
    const blank = activities.slice(1).map(() => ['']);
    sheet.getRange(2, findingsAt, blank.length, 1).setValues(blank);
    bundle.fakes.rec.reset();

    bundle.call('validatePlan');
    const memory = memoryPlan('Asia/Ho_Chi_Minh');
    expect(gridOf(bundle.fakes.spreadsheet, ACTIVITIES_TABLE.name)).toEqual(
      trimGrid(memory.tabs.get(ACTIVITIES_TABLE.name)!),
    );
    const findings = gridOf(bundle.fakes.spreadsheet, ACTIVITIES_TABLE.name)!
      .slice(1)
      .map((r) => r[findingsAt - 1]);
    expect(findings.some((f) => typeof f === 'string' && f !== '')).toBe(true);
    expect(bundle.fakes.spreadsheet.toasts).toHaveLength(1);
    expect(bundle.fakes.ui!.alerts.at(-1)!.prompt).toBe(bundle.fakes.spreadsheet.toasts[0]!.msg);
    // one read per tab at most: the performance rule holds in the real bundle too
    expect(bundle.fakes.calls['Range.getValues'] ?? 0).toBeLessThanOrEqual(ALL_TABLES.length + 1);
  });

  it('validatePlan costs the same service calls for 100 and 5,000 activities', () => {
    const callsFor = (rows: number): Record<string, number> => {
      const bundle = loadBundle(code);
      bundle.call('setup');
      const sheet = bundle.fakes.spreadsheet.sheet(ACTIVITIES_TABLE.name)!;
      const seed = sheet.getDataRange().getValues();
      const width = seed[0]!.length;
      const extra = Array.from({ length: rows - (seed.length - 1) }, (_, i) => {
        const row = [...seed[1 + (i % (seed.length - 1))]!];
        row[0] = `HD${1000 + i}`;
        return row;
      });
      sheet.insertRowsAfter(sheet.maxRows, rows);
      sheet.getRange(seed.length + 1, 1, extra.length, width).setValues(extra);
      bundle.fakes.rec.reset();
      bundle.call('validatePlan');
      return bundle.fakes.rec.snapshot();
    };
    expect(callsFor(5000)).toEqual(callsFor(100));
  });

  it('running setup again changes no cell of the plan', () => {
    const bundle = loadBundle(code);
    bundle.call('setup');
    const before = ALL_TABLES.filter((s) => s.key !== 'log').map((s) =>
      gridOf(bundle.fakes.spreadsheet, s.name),
    );
    bundle.call('setup');
    const after = ALL_TABLES.filter((s) => s.key !== 'log').map((s) =>
      gridOf(bundle.fakes.spreadsheet, s.name),
    );
    expect(after).toEqual(before);
  });

  it('setup run by a trigger (no UI) works and logs its summary instead of a dialog', () => {
    const bundle = loadBundle(code, { ui: false });
    bundle.call('setup');
    expect(bundle.fakes.spreadsheet.sheet(ACTIVITIES_TABLE.name)).toBeDefined();
    expect(bundle.fakes.transcript.join('\n')).toContain('Thiết lập');
  });
});
