import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGasFakes, DEFAULT_USER } from './fakes';
import { MAX_TRIGGERS } from './fakes/script-app';

/**
 * The fakes know more than one user and read typed dates by the sheet's locale, as Apps Script
 * and Sheets do; these rules are what the product's owner and locale handling is tested against.
 */
const OTHER = 'giaovien@example.edu.vn';

describe('triggers belong to the user who created them', () => {
  it('getProjectTriggers lists only the current user’s triggers', () => {
    const fakes = createGasFakes();
    const app = fakes.globals.ScriptApp;
    app.newTrigger('drainOutbox').timeBased().everyDays(1).atHour(0).nearMinute(10).create();
    fakes.users.as(OTHER, () =>
      app.newTrigger('drainOutbox').timeBased().everyDays(1).atHour(0).nearMinute(10).create(),
    );
    expect(app.getProjectTriggers().map((t) => t.owner)).toEqual([DEFAULT_USER]);
    expect(fakes.users.as(OTHER, () => app.getProjectTriggers().map((t) => t.owner))).toEqual([OTHER]);
    expect(fakes.scriptApp.triggers).toHaveLength(2);
  });

  it('another user’s trigger cannot be deleted; one’s own can', () => {
    const fakes = createGasFakes();
    const app = fakes.globals.ScriptApp;
    const mine = app.newTrigger('sendReminders').timeBased().everyDays(1).atHour(7).nearMinute(0).create();
    expect(() => fakes.users.as(OTHER, () => app.deleteTrigger(mine))).toThrow(/deleteTrigger/);
    expect(fakes.scriptApp.triggers).toHaveLength(1);
    app.deleteTrigger(mine);
    expect(fakes.scriptApp.triggers).toHaveLength(0);
  });

  it(`${MAX_TRIGGERS} triggers per user per script: the next one of that user fails, another user may still add`, () => {
    const fakes = createGasFakes();
    const app = fakes.globals.ScriptApp;
    const add = () => app.newTrigger('continueOutboxDrain').timeBased().after(60_000).create();
    for (let i = 0; i < MAX_TRIGGERS; i++) add();
    expect(add).toThrow(/too many triggers/);
    expect(() => fakes.users.as(OTHER, add)).not.toThrow();
  });

  it('a trigger runs as its creator; the active user is not known in a trigger’s run', () => {
    const fakes = createGasFakes();
    const seen: { effective: string; active: string }[] = [];
    fakes.scriptApp.invoke = () =>
      seen.push({
        effective: fakes.globals.Session.getEffectiveUser().getEmail(),
        active: fakes.globals.Session.getActiveUser().getEmail(),
      });
    fakes.users.as(OTHER, () =>
      fakes.globals.ScriptApp.newTrigger('continueOutboxDrain').timeBased().after(60_000).create(),
    );
    fakes.scriptApp.runUntil(fakes.clock.nowMs + 120_000);
    expect(seen).toEqual([{ effective: OTHER, active: '' }]);
    // Back in the test (a menu click): the clicker, both ways.
    expect(fakes.globals.Session.getEffectiveUser().getEmail()).toBe(DEFAULT_USER);
    expect(fakes.globals.Session.getActiveUser().getEmail()).toBe(DEFAULT_USER);
  });
});

describe('typed dates are read by the spreadsheet’s locale', () => {
  const typed = (locale: string, text: string) => {
    const fakes = createGasFakes({ locale, spreadsheetTimeZone: 'Asia/Ho_Chi_Minh' });
    const sheet = fakes.spreadsheet.insertSheet('T');
    sheet.getRange(1, 1).setValue(text);
    const value = sheet.getRange(1, 1).getValues()[0]![0];
    return value instanceof Date || Object.prototype.toString.call(value) === '[object Date]'
      ? fakes.globals.Utilities.formatDate(value as Date, 'Asia/Ho_Chi_Minh', 'yyyy-MM-dd')
      : value;
  };

  it('a new sheet is en_US, and en_US reads month/day/year: "05/10/2021" is 10 May', () => {
    expect(createGasFakes().spreadsheet.getSpreadsheetLocale()).toBe('en_US');
    expect(typed('en_US', '05/10/2021')).toBe('2021-05-10');
    expect(typed('en_US', '31/10/2021')).toBe('31/10/2021');
  });

  it('vi_VN and en_GB read day/month/year: 5 October', () => {
    expect(typed('vi_VN', '05/10/2021')).toBe('2021-10-05');
    expect(typed('en_GB', '05/10/2021')).toBe('2021-10-05');
  });

  it('yyyy-MM-dd means the same day in every locale', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('en_US', 'vi_VN', 'en_GB'),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (locale, month, day) => {
          const iso = `2021-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(typed(locale, iso)).toBe(iso);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('setSpreadsheetLocale changes how later typing is read, and refuses a malformed locale', () => {
    const fakes = createGasFakes();
    const sheet = fakes.spreadsheet.insertSheet('T');
    expect(() => fakes.spreadsheet.setSpreadsheetLocale('Vietnamese')).toThrow(/Invalid argument/);
    fakes.spreadsheet.setSpreadsheetLocale('vi_VN');
    sheet.getRange(1, 1).setValue('05/10/2021');
    const stored = sheet.getRange(1, 1).getValues()[0]![0] as Date;
    expect(fakes.globals.Utilities.formatDate(stored, 'Asia/Ho_Chi_Minh', 'dd/MM')).toBe('05/10');
  });
});
