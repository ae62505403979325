import { beforeAll, describe, expect, it } from 'vitest';
import { bundleCode, loadBundle } from './load-bundle';

/**
 * A principal who leaves a box unticked on Google's per-permission consent screen: the menu
 * says what to tick and does nothing, instead of failing halfway through the work.
 */
let code = '';
beforeAll(async () => {
  code = await bundleCode();
});

const CALENDAR = 'https://www.googleapis.com/auth/calendar';
const SEND_MAIL = 'https://www.googleapis.com/auth/script.send_mail';

describe('a partial grant on the consent screen', () => {
  it('Setup tells, in Vietnamese, to tick "Chọn tất cả" and run it again, and writes nothing', () => {
    const bundle = loadBundle(code);
    bundle.fakes.scriptApp.consent.untick(CALENDAR);
    bundle.call('setup');

    const alert = bundle.fakes.ui!.alerts.at(-1)!;
    expect(alert.title).toBe('Cần cấp đủ quyền cho script');
    expect(alert.prompt).toContain('đánh dấu ô "Chọn tất cả"');
    expect(alert.prompt).toContain('Chọn lại mục vừa chọn trong menu "Tuần lễ HTSĐ"');
    expect(alert.prompt).toContain('https://script.google.com/macros/d/fake-script-id/authorize');
    expect(bundle.fakes.spreadsheet.sheets.map((s) => s.nameForFake())).toEqual(['Trang tính1']);
    expect(bundle.fakes.formApp.forms).toEqual([]);
    expect(bundle.fakes.scriptApp.triggers).toEqual([]);
  });

  it('after "Chọn tất cả", the same menu item does the whole Setup', () => {
    const bundle = loadBundle(code);
    bundle.fakes.scriptApp.consent.untick(CALENDAR, SEND_MAIL);
    bundle.call('setup');
    bundle.fakes.scriptApp.consent.grantAll();
    bundle.call('setup');

    expect(bundle.fakes.ui!.alerts.at(-1)!.title).toBe('Thiết lập');
    expect(bundle.fakes.spreadsheet.sheets.length).toBeGreaterThan(5);
    expect(bundle.fakes.formApp.forms).toHaveLength(4);
    expect(bundle.fakes.calendarApp.calendars.length).toBeGreaterThan(0);
  });

  it('every menu item checks first: sending invitations with mail unticked sends and queues nothing', () => {
    const bundle = loadBundle(code);
    bundle.call('setup');
    const outboxBefore = bundle.fakes.spreadsheet.sheet('Hộp thư đi')?.dump().length ?? 0;
    bundle.fakes.scriptApp.consent.untick(SEND_MAIL);
    bundle.call('sendInvitations');
    expect(bundle.fakes.ui!.alerts.at(-1)!.title).toBe('Cần cấp đủ quyền cho script');
    expect(bundle.fakes.spreadsheet.sheet('Hộp thư đi')?.dump().length ?? 0).toBe(outboxBefore);
    expect(bundle.fakes.mail.sent).toEqual([]);
  });

  it('a trigger run without the grant fails, so the dashboard shows it, with the same advice', () => {
    const bundle = loadBundle(code, { ui: false });
    bundle.fakes.scriptApp.consent.untick(SEND_MAIL);
    const record = bundle.run('drainOutbox', { authMode: 'FULL', triggerUid: 't' });
    expect(record.ok).toBe(false);
    expect(String((record.error as Error).message)).toContain('Chọn tất cả');
    expect(bundle.fakes.mail.sent).toEqual([]);
  });
});
