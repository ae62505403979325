import { beforeAll, describe, expect, it } from 'vitest';
import { ACTIVITIES_TABLE } from '../../src/core/schema/tables';
import { DEFAULT_USER } from '../gas/fakes';
import { bundleCode, loadBundle, type LoadedBundle } from './load-bundle';
import { recordsOf } from './sheet-view';

/**
 * One account runs the automation. Triggers belong to the account that made them and run as
 * it; another editor sees none of them, so a second Setup would install a second set (two
 * drains, mail from two accounts). Through dist/Code.js in node:vm, as Apps Script runs it.
 */
let code = '';
beforeAll(async () => {
  code = await bundleCode();
});

const SECOND_EDITOR = 'pho.hieutruong@example.edu.vn';
const lastAlert = (bundle: LoadedBundle) => bundle.fakes.ui!.alerts.at(-1)!;
const triggerSet = (bundle: LoadedBundle, owner: string) =>
  bundle.fakes.scriptApp
    .ownedBy(owner)
    .filter((t) => !t.fired)
    .map((t) => `${t.handler}:${t.eventType}:${t.sourceId}`)
    .sort();

describe('who owns the automation', () => {
  it("the owner's Setup run twice installs one set, and says whose account runs it", () => {
    const bundle = loadBundle(code);
    bundle.call('setup');
    const first = triggerSet(bundle, DEFAULT_USER);
    expect(first.length).toBeGreaterThanOrEqual(8);
    expect(lastAlert(bundle).prompt).toContain(`Việc tự động chạy dưới tài khoản ${DEFAULT_USER}`);
    bundle.call('setup');
    expect(triggerSet(bundle, DEFAULT_USER)).toEqual(first);
    expect(bundle.fakes.scriptApp.triggers.filter((t) => !t.fired)).toHaveLength(first.length);
    expect(lastAlert(bundle).prompt).toContain('đã có đủ, không cài thêm');
  });

  it("a second editor's Setup installs nothing, sends nothing and says in Vietnamese who owns it", () => {
    const bundle = loadBundle(code);
    bundle.call('setup');
    const before = bundle.fakes.scriptApp.triggers.length;
    const forms = bundle.fakes.formApp.forms.length;
    bundle.fakes.users.current = SECOND_EDITOR;
    // What the second editor's own account sees: nothing, which is why a check by triggers alone cannot work.
    expect(bundle.fakes.globals.ScriptApp.getProjectTriggers()).toEqual([]);
    bundle.call('setup');

    expect(bundle.fakes.scriptApp.ownedBy(SECOND_EDITOR)).toEqual([]);
    expect(bundle.fakes.scriptApp.triggers).toHaveLength(before);
    expect(bundle.fakes.formApp.forms).toHaveLength(forms);
    const alert = lastAlert(bundle);
    expect(alert.title).toBe('Thiết lập');
    expect(alert.prompt).toContain(`đang chạy dưới tài khoản ${DEFAULT_USER}`);
    expect(alert.prompt).toContain(`không cài thêm bộ thứ hai từ tài khoản ${SECOND_EDITOR}`);
    expect(alert.prompt).toContain('Chuyển quyền chạy tự động');
    expect(alert.prompt).toBe(alert.prompt.normalize('NFC'));
  });

  it('the other menu items that send mail or install triggers refuse a second editor the same way', () => {
    const bundle = loadBundle(code);
    bundle.call('setup');
    bundle.fakes.users.current = SECOND_EDITOR;
    for (const item of ['syncForms', 'sendInvitations', 'drainOutbox', 'syncCalendar', 'buildReportNow']) {
      bundle.call(item);
      expect(lastAlert(bundle).prompt, item).toContain(`đang chạy dưới tài khoản ${DEFAULT_USER}`);
    }
    expect(bundle.fakes.mail.sent).toEqual([]);
    expect(bundle.fakes.scriptApp.ownedBy(SECOND_EDITOR)).toEqual([]);
    // The check writes only findings: any editor may run it.
    bundle.call('validatePlan');
    expect(lastAlert(bundle).title).toBe('Kiểm tra kế hoạch');
  });
});

describe('taking over the automation', () => {
  it('explains what the previous owner must remove, and after yes installs one set for the new owner', () => {
    const bundle = loadBundle(code);
    bundle.call('setup');
    const ownersSet = triggerSet(bundle, DEFAULT_USER);
    bundle.fakes.users.current = SECOND_EDITOR;
    bundle.fakes.ui!.confirmAnswers.push('YES');
    bundle.call('takeOverAutomation');

    const confirm = bundle.fakes.ui!.alerts.find((a) => a.buttons === 'YES_NO')!;
    expect(confirm.prompt).toContain(`Chuyển sang tài khoản của bạn (${SECOND_EDITOR})`);
    expect(confirm.prompt).toContain('Tiện ích mở rộng → Apps Script → Trình kích hoạt');
    expect(lastAlert(bundle).prompt).toContain(`Từ nay việc tự động chạy dưới tài khoản ${SECOND_EDITOR}`);
    expect(triggerSet(bundle, SECOND_EDITOR)).toEqual(ownersSet);
    // The old owner's triggers are still there: nobody else can delete them.
    expect(triggerSet(bundle, DEFAULT_USER)).toEqual(ownersSet);
  });

  it("the old owner's triggers remove themselves the next time they fire, sending nothing", () => {
    const bundle = loadBundle(code, { ui: true });
    bundle.call('setup');
    bundle.fakes.users.current = SECOND_EDITOR;
    bundle.fakes.ui!.confirmAnswers.push('YES');
    bundle.call('takeOverAutomation');
    const drain = bundle.fakes.scriptApp.ownedBy(DEFAULT_USER).find((t) => t.handler === 'drainOutbox')!;
    const sentBefore = bundle.fakes.mail.sent.length;
    bundle.fakes.scriptApp.invokeAsOwner(drain, { authMode: 'FULL', triggerUid: drain.uid });

    expect(bundle.fakes.scriptApp.ownedBy(DEFAULT_USER)).toEqual([]);
    expect(bundle.fakes.mail.sent).toHaveLength(sentBefore);
    expect(bundle.fakes.transcript.join('\n')).toContain('không còn chạy tự động');
    expect(triggerSet(bundle, SECOND_EDITOR).length).toBeGreaterThanOrEqual(8);
  });

  it('the old owner running the item removes their own triggers and keeps the new owner', () => {
    const bundle = loadBundle(code);
    bundle.call('setup');
    bundle.fakes.users.current = SECOND_EDITOR;
    bundle.fakes.ui!.confirmAnswers.push('YES');
    bundle.call('takeOverAutomation');
    bundle.fakes.users.current = DEFAULT_USER;
    bundle.fakes.ui!.confirmAnswers.push('NO');
    bundle.call('takeOverAutomation');

    expect(bundle.fakes.scriptApp.ownedBy(DEFAULT_USER)).toEqual([]);
    expect(lastAlert(bundle).prompt).toContain(`Việc tự động vẫn chạy dưới tài khoản ${SECOND_EDITOR}`);
    bundle.call('setup');
    expect(bundle.fakes.scriptApp.ownedBy(DEFAULT_USER)).toEqual([]);
  });

  it('a no changes nothing, and the owner is told there is nothing to take over', () => {
    const bundle = loadBundle(code);
    bundle.call('setup');
    bundle.call('takeOverAutomation');
    expect(lastAlert(bundle).prompt).toContain('không cần chuyển');
    bundle.fakes.users.current = SECOND_EDITOR;
    bundle.call('takeOverAutomation'); // the fake answers NO
    expect(lastAlert(bundle).prompt).toBe('Không chuyển; không có gì thay đổi.');
    bundle.call('setup');
    expect(bundle.fakes.scriptApp.ownedBy(SECOND_EDITOR)).toEqual([]);
  });
});

describe("the sheet's locale", () => {
  it('Setup sets vi_VN on an en_US sheet and says so; typed dates are then read day first', () => {
    const bundle = loadBundle(code, { locale: 'en_US' });
    bundle.call('setup');
    expect(bundle.fakes.spreadsheet.getSpreadsheetLocale()).toBe('vi_VN');
    expect(lastAlert(bundle).prompt).toContain(
      'Đã đặt ngôn ngữ bảng tính thành Việt Nam (vi_VN, trước đây: en_US)',
    );
  });

  it('a sheet whose locale cannot be changed gets a warning, and Setup still finishes', () => {
    const bundle = loadBundle(code, { locale: 'en_US' });
    bundle.fakes.spreadsheet.refuseLocale = 'Access denied: settings.';
    bundle.call('setup');
    expect(bundle.fakes.spreadsheet.getSpreadsheetLocale()).toBe('en_US');
    expect(lastAlert(bundle).prompt).toContain('Cảnh báo: không đổi được ngôn ngữ bảng tính (đang là en_US)');
    expect(bundle.fakes.formApp.forms).toHaveLength(4);
  });

  it('"05/10/2021 08:00" typed under en_US is flagged by the check, with the day the principal meant', () => {
    const bundle = loadBundle(code, { locale: 'en_US' });
    bundle.call('setup');
    // The principal's sheet is put back to en_US (File → Settings), then they type a date.
    bundle.fakes.spreadsheet.locale = 'en_US';
    const sheet = bundle.fakes.spreadsheet.sheet(ACTIVITIES_TABLE.name)!;
    const header = recordsOf(bundle.fakes.spreadsheet, ACTIVITIES_TABLE.name)[0]!;
    const startColumn = Object.keys(header).indexOf('Bắt đầu') + 1;
    sheet.getRange(2, startColumn).setValue('05/10/2021 08:00');
    bundle.call('validatePlan');

    const row = recordsOf(bundle.fakes.spreadsheet, ACTIVITIES_TABLE.name)[0]!;
    const findings = String(row['Kết quả kiểm tra']);
    expect(findings).toContain('đọc ngày gõ tay theo kiểu tháng/ngày');
    expect(findings).toContain('“05/10/2021”');
    expect(findings).toContain('Nếu bạn muốn ngày 05/10/2021');
    expect(lastAlert(bundle).prompt).toContain('Ngôn ngữ của bảng tính là en_US');
  });

  it('the same typing after Setup (vi_VN) is read as 5 October and not flagged', () => {
    const bundle = loadBundle(code, { locale: 'en_US' });
    bundle.call('setup');
    const sheet = bundle.fakes.spreadsheet.sheet(ACTIVITIES_TABLE.name)!;
    const header = recordsOf(bundle.fakes.spreadsheet, ACTIVITIES_TABLE.name)[0]!;
    const startColumn = Object.keys(header).indexOf('Bắt đầu') + 1;
    sheet.getRange(2, startColumn).setValue('05/10/2021 08:00');
    bundle.call('validatePlan');
    const row = recordsOf(bundle.fakes.spreadsheet, ACTIVITIES_TABLE.name)[0]!;
    expect(row['Bắt đầu']).toEqual(expect.objectContaining({ iso: '2021-10-05T08:00' }));
    expect(String(row['Kết quả kiểm tra'] ?? '')).not.toContain('tháng/ngày');
    expect(lastAlert(bundle).prompt).not.toContain('Ngôn ngữ của bảng tính');
  });
});
