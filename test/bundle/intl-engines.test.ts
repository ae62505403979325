import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_TABLES, LOG_TABLE } from '../../src/core/schema/tables';
import { ATTENDANCE_TABLE } from '../../src/core/schema/response-tables';
import { toWallClock } from '../../src/core/time-zone';
import { INTL_UTC_ONLY, INTL_WITH_GARBAGE_PARTS, INTL_WITHOUT_OFFSET_NAMES } from './intl-variants';
import { bundleCode, FIXED_NOW, loadBundle, type LoadedBundle } from './load-bundle';
import { gridOf, pasteSampleRoster, recordsOf } from './sheet-view';
import { filledAnswers } from './form-answers';

/**
 * dist/Code.js on engines whose Intl has less than Node's full ICU. Every date the product
 * writes goes through the zone's offset: if that offset cannot be computed, dates must not be
 * written wrong — either they come out right anyway, or Setup stops before writing anything.
 */
let code = '';
beforeAll(async () => {
  code = await bundleCode();
});

const RESPONSE_AT = Date.UTC(2021, 9, 1, 1, 3); // 08:03 on 01/10/2021 in the school

/** Setup, the roster, the forms, then one response recorded by its submit trigger. */
function setupAndRespond(prelude?: string): LoadedBundle {
  const bundle = loadBundle(code, {}, prelude ? { prelude } : {});
  bundle.call('setup');
  pasteSampleRoster(bundle.fakes.spreadsheet);
  bundle.call('syncForms');
  const attendance = bundle.fakes.formApp.forms.find((f) => f.title.startsWith('Lễ khai mạc'))!;
  bundle.fakes.clock.nowMs = RESPONSE_AT;
  const response = bundle.fakes.formApp.respond(
    attendance,
    'an@example.edu.vn',
    filledAnswers(attendance, 'Nguyễn Văn An'),
  );
  bundle.fakes.deliverFormSubmit(attendance, response);
  // The submit run queues it; the processing run a minute later records it.
  bundle.fakes.scriptApp.runUntil(bundle.fakes.clock.nowMs + 2 * 60_000);
  return bundle;
}

/** Every Date the sheet holds, tab by tab. */
function storedDates(bundle: LoadedBundle): { tab: string; date: Date }[] {
  const dates: { tab: string; date: Date }[] = [];
  for (const sheet of bundle.fakes.spreadsheet.sheets) {
    for (const row of sheet.dump()) {
      for (const cell of row) {
        if (cell && Object.prototype.toString.call(cell.value) === '[object Date]') {
          dates.push({ tab: sheet.nameForFake(), date: cell.value as Date });
        }
      }
    }
  }
  return dates;
}

const schoolTime = (ms: number) => toWallClock(new Date(ms), 'Asia/Ho_Chi_Minh').iso;

describe('the bundle on an engine without Intl’s offset names (timeZoneName: longOffset)', () => {
  it('writes the same valid dates as on Node: Setup’s log, the plan’s dates, a response’s timestamp', () => {
    const bundle = setupAndRespond(INTL_WITHOUT_OFFSET_NAMES);

    const dates = storedDates(bundle);
    expect(dates.length).toBeGreaterThan(20);
    const invalid = dates.filter((d) => Number.isNaN(d.date.getTime())).map((d) => d.tab);
    expect(invalid, 'tabs holding an invalid date').toEqual([]);

    const log = recordsOf(bundle.fakes.spreadsheet, LOG_TABLE.name);
    expect(log[0]!['Thời điểm']).toEqual({ kind: 'local-datetime', iso: schoolTime(FIXED_NOW) });
    const attendance = recordsOf(bundle.fakes.spreadsheet, ATTENDANCE_TABLE.name);
    expect(attendance.map((r) => r['Thời điểm gửi'])).toEqual([
      { kind: 'local-datetime', iso: '2021-10-01T08:03' },
    ]);

    const onNode = setupAndRespond();
    for (const spec of ALL_TABLES) {
      expect(gridOf(bundle.fakes.spreadsheet, spec.name), spec.name).toEqual(
        gridOf(onNode.fakes.spreadsheet, spec.name),
      );
    }
    expect(bundle.fakes.ui!.alerts[0]!.prompt).toBe(onNode.fakes.ui!.alerts[0]!.prompt);
  });
});

describe.each([
  ['whose formatToParts answers garbage', INTL_WITH_GARBAGE_PARTS],
  ['that reads every zone as UTC', INTL_UTC_ONLY],
])('Setup on an engine %s', (_name, prelude) => {
  it('stops before writing anything and says why, in Vietnamese', () => {
    const bundle = loadBundle(code, {}, { prelude });
    bundle.call('setup');

    const alert = bundle.fakes.ui!.alerts.at(-1)!;
    expect(alert.title).toBe('Thiết lập');
    expect(alert.prompt).toContain('Thiết lập đã dừng và chưa ghi gì vào bảng tính');
    expect(alert.prompt).toContain('Asia/Ho_Chi_Minh');
    expect(bundle.fakes.spreadsheet.sheets.map((s) => s.nameForFake())).toEqual(['Trang tính1']);
    expect(bundle.fakes.spreadsheet.sheet('Trang tính1')!.dump().flat().filter(Boolean)).toEqual([]);
    expect(bundle.fakes.formApp.forms).toEqual([]);
    expect(bundle.fakes.scriptApp.triggers).toEqual([]);
  });
});
