import { afterEach, describe, expect, it } from 'vitest';
import { localDateTime, partsOf } from '../../src/core/cell';
import { toWallClock } from '../../src/core/time-zone';
import { EDIT_HANDLER, REMINDERS_HANDLER } from '../../src/gas/handlers';
import { editTrigger, installTriggers, wantedTriggers } from '../../src/gas/trigger-installer';
import { editTouchesCalendar } from '../../src/gas/edit-trigger';
import { removeFakes, withFakes } from './fakes/with-fakes';

afterEach(removeFakes);

const forms = { attendance: 'form-a' };

describe('the calendar triggers', () => {
  it('installs one edit trigger for the spreadsheet and the 07:00 reminders, once however often Setup runs', () => {
    const fakes = withFakes();
    const wanted = () => wantedTriggers(forms, [editTrigger('sheet-1')]);
    installTriggers(wanted());
    const again = installTriggers(wanted());
    expect(again.created).toEqual([]);
    expect(fakes.scriptApp.of(EDIT_HANDLER).map((t) => [t.eventType, t.sourceId])).toEqual([
      ['ON_EDIT', 'sheet-1'],
    ]);
    const reminders = fakes.scriptApp.of(REMINDERS_HANDLER);
    expect(reminders).toHaveLength(1);
    const due = toWallClock(new Date(reminders[0]!.nextMs!), 'Asia/Ho_Chi_Minh');
    expect(partsOf(due).hour).toBe(7);
    expect(due.iso > localDateTime(2021, 9, 30, 10).iso).toBe(true);
  });

  it('an edit trigger left by a copied spreadsheet is replaced by one for this spreadsheet', () => {
    const fakes = withFakes();
    installTriggers(wantedTriggers(forms, [editTrigger('old-sheet')]));
    const result = installTriggers(wantedTriggers(forms, [editTrigger('sheet-1')]));
    expect(result.created).toEqual([EDIT_HANDLER]);
    expect(result.removed).toBe(1);
    expect(fakes.scriptApp.of(EDIT_HANDLER).map((t) => t.sourceId)).toEqual(['sheet-1']);
  });

  it('edits of the plan tabs (by name or English alias) concern the calendar; others do not', () => {
    for (const tab of ['Hoạt động', 'hoat dong', 'Activities', 'Nhân sự', 'Phụ huynh', 'Cấu hình'])
      expect(editTouchesCalendar(tab), tab).toBe(true);
    for (const tab of ['Tuyên truyền', 'Hộp thư đi', 'Nhật ký', 'Trang tính1'])
      expect(editTouchesCalendar(tab), tab).toBe(false);
  });
});
