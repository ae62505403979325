import { beforeAll, describe, expect, it } from 'vitest';
import { readFormsProgress, progressLines } from '../../src/app/forms/daily-progress';
import { buildReportModel } from '../../src/app/report/build-report';
import { localDateTime, type Grid } from '../../src/core/cell';
import { PURGED_MARKER } from '../../src/core/privacy';
import { OUTBOX_TABLE } from '../../src/core/schema/outbox-table';
import { PEOPLE_TABLE } from '../../src/core/schema/tables';
import { sampleRoster } from '../../src/core/seed';
import { cellText } from '../../src/core/table';
import { MemoryTables } from '../support/memory-tables';
import { bundleCode, loadBundle, type LoadedBundle } from './load-bundle';
import { pasteTabs, REPORT_TABS, sampleResponseTabs } from './report-world';
import { gridOf, pasteSampleRoster } from './sheet-view';

/**
 * The purge through dist/Code.js in the bare vm: Setup installs the daily 02:00 trigger; the
 * sample week (families, responses, their confirmation mails) is pasted and played to its
 * report; the fake clock jumps past 07/10/2021 + 90 days and the fake ScriptApp fires the
 * installed trigger. Afterwards no tab holds a family's address, name, child or address, and
 * the figures read from the sheet are the same as before.
 */
let code = '';
beforeAll(async () => {
  code = await bundleCode();
});

const HANDLER = 'purgePersonalData';
/** 17:00 on 07/10/2021 and 00:00 on 06/01/2022 in Hồ Chí Minh City. */
const REPORT_TIME = Date.parse('2021-10-07T10:00:00Z');
const PURGE_DUE = Date.parse('2022-01-05T17:00:00Z');
const HOUR = 3600_000;

/** The response tabs and the outbox (confirmation mails to parents) after the sample week. */
const sampleTabs = (): Map<string, (string | number | boolean)[][]> =>
  sampleResponseTabs(1, [...REPORT_TABS, OUTBOX_TABLE]);

function world(): LoadedBundle {
  const bundle = loadBundle(code);
  bundle.call('setup');
  pasteSampleRoster(bundle.fakes.spreadsheet, { families: true });
  pasteTabs(bundle.fakes.spreadsheet, sampleTabs());
  return bundle;
}

/** The sheet as the use cases read it, copied into memory tables. */
function snapshot(bundle: LoadedBundle): MemoryTables {
  const memory = new MemoryTables();
  for (const sheet of bundle.fakes.spreadsheet.sheets) {
    const name = sheet.nameForFake();
    memory.tabs.set(name, gridOf(bundle.fakes.spreadsheet, name) ?? []);
  }
  return memory;
}

const allText = (bundle: LoadedBundle, except: readonly string[] = []): string =>
  bundle.fakes.spreadsheet.sheets
    .map((s) => s.nameForFake())
    .filter((name) => !except.includes(name))
    .map((name) =>
      (gridOf(bundle.fakes.spreadsheet, name) ?? ([] as Grid))
        .map((r) => r.map(cellText).join('\t'))
        .join('\n'),
    )
    .join('\n')
    .toLowerCase();

function figures(bundle: LoadedBundle) {
  const memory = snapshot(bundle);
  const ports = {
    tables: memory,
    clock: { now: () => new Date(REPORT_TIME) },
    env: { spreadsheetTimeZone: () => 'Asia/Ho_Chi_Minh', scriptTimeZone: () => 'Asia/Ho_Chi_Minh' },
  };
  const at = localDateTime(2021, 10, 7, 17, 0);
  const report = buildReportModel(ports, { at });
  return { progress: progressLines(readFormsProgress(memory, at)), headline: report.headline };
}

describe('the purge trigger', () => {
  it('Setup installs exactly one, daily at 02:00, and a second Setup keeps it', () => {
    const bundle = world();
    const [trigger, ...more] = bundle.fakes.scriptApp.of(HANDLER);
    expect(more).toEqual([]);
    expect(trigger!.schedule).toEqual({ kind: 'daily', hour: 2, minute: 0 });
    expect(bundle.typeOf(HANDLER)).toBe('function');
    bundle.call('setup');
    expect(bundle.fakes.scriptApp.of(HANDLER).map((t) => t.uid)).toEqual([trigger!.uid]);
  });

  it('during the week it reads Settings only and changes nothing', () => {
    const bundle = world();
    const tabs = ['Phụ huynh', 'Đề cử gia đình hiếu học', 'Đăng ký tập huấn', 'Phản hồi gốc'];
    const before = tabs.map((t) => gridOf(bundle.fakes.spreadsheet, t));
    const fired = bundle.fakes.scriptApp.runUntil(Date.parse('2021-10-02T20:00:00Z'));
    expect(fired).toContain(HANDLER);
    const runs = bundle.fakes.executions.filter((e) => e.name === HANDLER);
    expect(runs.every((e) => e.ok)).toBe(true);
    // Each firing makes the same few calls (the runtime, the lock, Settings): nothing grows.
    expect(new Set(runs.map((r) => r.calls)).size).toBe(1);
    expect(tabs.map((t) => gridOf(bundle.fakes.spreadsheet, t))).toEqual(before);
  });

  it('past week end + 90 days removes the families’ data from every tab; the figures still read', () => {
    const bundle = world();
    const { scriptApp, executions } = bundle.fakes;
    scriptApp.runUntil(REPORT_TIME + HOUR);
    const before = figures(bundle);
    const staffBefore = gridOf(bundle.fakes.spreadsheet, PEOPLE_TABLE.name);
    const roster = sampleRoster();
    const familyValues = roster.families.flatMap((f) =>
      (['email', 'parentName', 'child', 'address'] as const)
        .map((k) =>
          cellText(f[k] ?? null)
            .trim()
            .toLowerCase(),
        )
        .filter((v) => v !== ''),
    );
    expect(familyValues.some((v) => allText(bundle).includes(v))).toBe(true);

    // Months pass; the next firing of each daily trigger is after the due moment.
    bundle.fakes.clock.nowMs = PURGE_DUE + HOUR / 2;
    const fired = scriptApp.runUntil(PURGE_DUE + 3 * HOUR);
    expect(fired.filter((h) => h === HANDLER)).toHaveLength(2);
    const runs = executions.filter((e) => e.name === HANDLER).slice(-2);
    expect(runs.every((e) => e.ok)).toBe(true);

    const after = allText(bundle);
    for (const value of familyValues) expect(after.includes(value), value).toBe(false);
    expect(after).toContain(PURGED_MARKER);
    expect(gridOf(bundle.fakes.spreadsheet, PEOPLE_TABLE.name)).toEqual(staffBefore);
    // Every figure survives the purge but the families' classes, which go with the families.
    const byClass = before.progress.indexOf('Phụ huynh đã trả lời (khai mạc, tập huấn), theo lớp:');
    expect(byClass).toBeGreaterThan(0);
    const withoutClasses = before.progress.filter(
      (line, i) => i < byClass || !/gia đình đã trả lời$|^Phụ huynh đã trả lời/.test(line),
    );
    expect(figures(bundle)).toEqual({ ...before, progress: withoutClasses });
    // The second firing (02:00) found nothing left and made no write.
    expect(bundle.fakes.transcript.join('\n')).toMatch(
      /Không còn dữ liệu cá nhân nào của các gia đình cần xóa/,
    );
  });
});
