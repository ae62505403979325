import { describe, expect, it } from 'vitest';
import { buildDashboard } from '../../../src/app/dashboard/build-dashboard';
import { importResponses } from '../../../src/app/forms/handle-form-submit';
import { setup } from '../../../src/app/plan/setup';
import { validatePlan } from '../../../src/app/plan/validate-plan';
import { renderDashboardHtml } from '../../../src/core/dashboard/render-dashboard';
import { FAMILIES_TABLE } from '../../../src/core/schema/tables';
import { sampleResponses } from '../../../src/core/seed/sample-responses';
import { cellText, readTable } from '../../../src/core/table';
import { illegalForScriptRun } from '../../gas/fakes/html-service';
import { MemoryTables } from '../../support/memory-tables';

/** The sample school after its sample responses, and a plan check in the log: 10:00 on 30/09/2021. */
const NOW = new Date('2021-09-30T03:00:00Z');
const log = { info: () => undefined, error: () => undefined };
const env = { spreadsheetTimeZone: () => 'Asia/Ho_Chi_Minh', scriptTimeZone: () => 'Asia/Ho_Chi_Minh' };

function sampleSchool(): MemoryTables {
  const tables = new MemoryTables();
  const clock = { now: () => NOW };
  setup({ tables, clock, log }, { plan: 'seed', sample: true });
  importResponses({ tables, clock, log, lock: { withLock: (_ms, fn) => fn() } }, sampleResponses());
  validatePlan({ tables, clock, log, env });
  return tables;
}

/** Counts every read by tab name, and refuses nothing: the dashboard must not try to write. */
function counting(tables: MemoryTables) {
  const reads = new Map<string, number>();
  let names = 0;
  let writes = 0;
  const port = {
    tableNames: () => {
      names++;
      return tables.tableNames();
    },
    read: (name: string) => {
      reads.set(name, (reads.get(name) ?? 0) + 1);
      return tables.read(name);
    },
    create: (name: string) => (writes++, tables.create(name)),
    write: (...a: Parameters<MemoryTables['write']>) => (writes++, tables.write(...a)),
    append: (...a: Parameters<MemoryTables['append']>) => (writes++, tables.append(...a)),
    layout: (...a: Parameters<MemoryTables['layout']>) => (writes++, tables.layout(...a)),
  };
  return { port, reads, names: () => names, writes: () => writes };
}

describe('buildDashboard', () => {
  it('reads each tab exactly once, asks for the tab names once, and writes nothing', () => {
    const tables = sampleSchool();
    const fake = counting(tables);
    buildDashboard({ tables: fake.port, clock: { now: () => NOW }, env });
    expect(fake.names()).toBe(1);
    expect(fake.writes()).toBe(0);
    expect(
      [...fake.reads.values()].every((n) => n === 1),
      JSON.stringify([...fake.reads]),
    ).toBe(true);
    // The tabs it needs are all among them.
    for (const tab of ['Cấu hình', 'Nhân sự', 'Hoạt động', 'Phản hồi gốc', 'Hộp thư đi', 'Nhật ký'])
      expect(fake.reads.has(tab), tab).toBe(true);
  });

  it('is plain data that google.script.run can pass, and survives JSON unchanged', () => {
    const model = buildDashboard({
      tables: sampleSchool(),
      clock: { now: () => NOW },
      env,
      mailQuota: () => 100,
    });
    expect(illegalForScriptRun(model)).toBeUndefined();
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('tells what a principal checks first: the countdown, the staff, the sessions, the log', () => {
    const model = buildDashboard({ tables: sampleSchool(), clock: { now: () => NOW }, env });
    expect(model.at).toBe('2021-09-30T10:00');
    expect(model.week).toEqual({ start: '2021-10-01T00:00', end: '2021-10-07T00:00' });
    expect(model.opening.registered.total).toBe(38);
    expect(model.opening.groups.reduce((n, g) => n + g.registered.total, 0)).toBe(38);
    expect(model.sessions.map((s) => s.id)).toEqual(['HD06', 'HD10']);
    expect(model.runs.latest.map((r) => r.action)).toContain('Kiểm tra kế hoạch');
    expect(model.outbox.byState.map((s) => s.state)).toContain('chờ gửi');
    const page = renderDashboardHtml(model, 'vi');
    expect(page).toContain('Còn 14 giờ đến tuần lễ');
    expect(page).toContain('Từ thứ Sáu, 01/10/2021 đến thứ Năm, 07/10/2021');
  });

  it('shows families only as counts per class: no family’s name or address reaches the page', () => {
    const tables = sampleSchool();
    const families = readTable(FAMILIES_TABLE, tables.read(FAMILIES_TABLE.name)!).rows;
    expect(families.length).toBeGreaterThan(0);
    const model = buildDashboard({ tables, clock: { now: () => NOW }, env });
    const page = renderDashboardHtml(model, 'vi') + JSON.stringify(model);
    for (const family of families) {
      for (const key of ['parentName', 'email', 'child', 'address']) {
        const value = cellText(family.cells[key as keyof typeof family.cells] ?? null).trim();
        if (value.length > 3) expect(page, `${key} ${value}`).not.toContain(value);
      }
    }
    expect(model.classes.classes.some((c) => c.families > 0)).toBe(true);
  });

  it('speaks English when asked, whatever the plan’s language', () => {
    const model = buildDashboard(
      { tables: sampleSchool(), clock: { now: () => NOW }, env },
      { language: 'en' },
    );
    const page = renderDashboardHtml(model, 'en');
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('14 h until the week');
    expect(page).toContain('From Friday, 01/10/2021 to Thursday, 07/10/2021');
    expect(page).not.toContain('Bảng điều khiển');
  });
});
