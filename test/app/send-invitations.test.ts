import { describe, expect, it } from 'vitest';
import { drainOutbox } from '../../src/app/outbox/drain-outbox';
import { sendInvitations } from '../../src/app/outbox/send-invitations';
import type { Cell } from '../../src/core/cell';
import { readMailPayload } from '../../src/core/outbox/enqueue';
import { entryByKey, statesByKey } from '../support/fault-ledger';
import { planTables } from '../support/fault-plan';
import { FaultWorld, seededRandom } from '../support/fault-world';

const START = Date.UTC(2021, 8, 28, 1, 0);

function setup(dailyQuota = 100, settings: Record<string, Cell> = {}): FaultWorld {
  const w = new FaultWorld(
    START,
    { transientRate: 0, quotaErrorRate: 0, sendMs: [100, 100], dailyQuota },
    seededRandom(7),
  );
  const plan = planTables({ settings });
  for (const [name, grid] of plan.tabs) w.tables.tabs.set(name, grid);
  return w;
}

describe('sendInvitations', () => {
  it('queues one invitation per active staff member, keyed by person and year', () => {
    const w = setup();
    const result = sendInvitations(w.ports());
    expect(result).toMatchObject({
      ran: true,
      queued: 4,
      rejected: 0,
      alreadyQueued: 0,
      inactive: 1,
      unusable: 1,
    });
    expect(statesByKey(w.tables)).toEqual({
      'invite-mail:NS001:2021': 'chờ gửi',
      'invite-mail:NS002:2021': 'chờ gửi',
      'invite-mail:NS004:2021': 'chờ gửi',
      'invite-mail:NS005:2021': 'chờ gửi',
    });
    // NS006's address hides a header injection: never queued, never given to a mailer.
    expect(result.message).toContain('1 dòng trong tab Nhân sự thiếu hoặc sai email');
    expect(result.message).toContain('đã xếp 4 thư mời vào Hộp thư đi');
    expect(result.message).toContain('1 người không còn công tác');
  });

  it('puts the rendered invitation, the sender name and the organiser as reply-to in the entry', () => {
    const w = setup();
    sendInvitations(w.ports());
    const entry = entryByKey(w.tables, 'invite-mail:NS005:2021')!;
    expect(entry.subject).toBe(
      'Thư mời tham gia Tuần lễ hưởng ứng học tập suốt đời năm 2021 – Trường Mầm non 20/10',
    );
    const payload = readMailPayload(entry.payload);
    if (typeof payload === 'string') throw new Error(payload);
    expect(payload.replyTo).toBe('tochuc@truong.example');
    expect(payload.senderName).toBe('Ban tổ chức – Trường Mầm non 20/10');
    expect(payload.text).toContain('Kính gửi Phạm Thị Ánh,'.normalize('NFC'));
    expect(payload.text).toContain('từ thứ Sáu, 01/10/2021 đến thứ Năm, 07/10/2021');
    expect(payload.text).not.toContain('Hoạt động đã hủy');
    expect(payload.html).toContain('Dự Lễ khai mạc trực tuyến do Quận tổ chức');
    const hostile = readMailPayload(entryByKey(w.tables, 'invite-mail:NS004:2021')!.payload);
    if (typeof hostile === 'string') throw new Error(hostile);
    expect(hostile.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; =cmd');
    expect(hostile.html).not.toContain('<script>');
  });

  it('re-running queues nothing new, and the drain sends each invitation once', () => {
    const w = setup();
    sendInvitations(w.ports());
    const again = sendInvitations(w.ports());
    expect(again).toMatchObject({ queued: 0, alreadyQueued: 4 });
    expect(again.message).toContain('4 thư đã có từ trước');
    drainOutbox(w.ports());
    sendInvitations(w.ports());
    drainOutbox(w.ports());
    expect(w.delivered.map((m) => m.to[0]).sort()).toEqual([
      'an@truong.example',
      'anh@truong.example',
      'binh@truong.example',
      'dung@truong.example',
    ]);
  });

  it('invites every family that has an email when Settings say "Gửi thư cho phụ huynh: có"', () => {
    const w = setup(100, { 'Gửi thư cho phụ huynh': 'có' });
    const result = sendInvitations(w.ports());
    expect(result).toMatchObject({ queued: 5, withoutEmail: 1 });
    expect(statesByKey(w.tables)['invite-family-mail:PH001:2021']).toBe('chờ gửi');
  });

  it('mails no family without that setting, even when asked, and says where families hear instead', () => {
    for (const value of [undefined, 'không']) {
      const w = setup(100, value === undefined ? {} : { 'Gửi thư cho phụ huynh': value });
      const result = sendInvitations(w.ports(), { families: true });
      expect(result.queued).toBe(4);
      expect(Object.keys(statesByKey(w.tables)).filter((k) => k.startsWith('invite-family-mail'))).toEqual(
        [],
      );
      expect(result.message).toContain(
        '1 gia đình không nhận thư mời vì mục "Gửi thư cho phụ huynh" trong Cấu hình là "không"',
      );
      expect(result.message).toContain('menu "Tạo thông báo và mã QR"');
    }
  });

  it('shows the form links when given', () => {
    const w = setup();
    sendInvitations(w.ports(), { forms: [{ label: 'Đăng ký dự lễ khai mạc', url: 'https://forms.gle/x' }] });
    const payload = readMailPayload(entryByKey(w.tables, 'invite-mail:NS001:2021')!.payload);
    const html = typeof payload === 'string' ? '' : payload.html;
    expect(html).toMatch(/<a href="https:\/\/forms\.gle\/x" style="[^"]*">Đăng ký dự lễ khai mạc<\/a>/);
  });

  it('gives each form of Setup its button and deadline: before the week, nominations by its end', () => {
    const w = setup();
    const settings = w.tables.tabs.get('Cấu hình')!;
    settings.push(['Biểu mẫu điểm danh khai mạc', 'https://forms.gle/mo']);
    settings.push(['Biểu mẫu đề cử gia đình hiếu học', 'https://forms.gle/de']);
    sendInvitations(w.ports());
    const payload = readMailPayload(entryByKey(w.tables, 'invite-mail:NS001:2021')!.payload);
    const text = typeof payload === 'string' ? payload : payload.text;
    expect(text).toMatch(/: https:\/\/forms\.gle\/mo \(Hạn: trước thứ Sáu, 01\/10\/2021\)/);
    expect(text).toMatch(/: https:\/\/forms\.gle\/de \(Hạn: trước thứ Năm, 07\/10\/2021\)/);
  });

  it('queues nothing when Settings are unusable, and says why', () => {
    const w = setup();
    w.tables.tabs.set('Cấu hình', [
      ['Mục', 'Giá trị'],
      ['Tên trường', 'Trường Mầm non 20/10'],
    ]);
    const result = sendInvitations(w.ports());
    expect(result.ran).toBe(false);
    expect(result.message).toContain('Chưa gửi thư mời');
    expect(w.tables.tabs.has('Hộp thư đi')).toBe(false);
  });

  it('waits for the lock rather than queueing beside another execution', () => {
    const w = setup();
    w.lockHeld = true;
    expect(sendInvitations(w.ports()).ran).toBe(false);
    expect(w.tables.tabs.has('Hộp thư đi')).toBe(false);
  });
});

describe('sendInvitations with forms made by Setup', () => {
  it('links the published forms that Settings holds', () => {
    const w = new FaultWorld(
      START,
      { transientRate: 0, quotaErrorRate: 0, sendMs: [100, 100], dailyQuota: 100 },
      seededRandom(7),
    );
    const plan = planTables({
      settings: {
        'Biểu mẫu điểm danh khai mạc': 'https://docs.google.com/forms/d/e/attendance/viewform',
        'Biểu mẫu đăng ký tập huấn': 'https://docs.google.com/forms/d/e/training/viewform',
      },
    });
    for (const [name, grid] of plan.tabs) w.tables.tabs.set(name, grid);
    sendInvitations(w.ports());
    const payload = readMailPayload(entryByKey(w.tables, 'invite-mail:NS001:2021')!.payload);
    if (typeof payload === 'string') throw new Error(payload);
    expect(payload.html).toContain('https://docs.google.com/forms/d/e/attendance/viewform');
    expect(payload.text).toContain('Đăng ký tập huấn, nói chuyện');
    expect(payload.text).toContain('https://docs.google.com/forms/d/e/training/viewform');
    expect(payload.text).not.toContain('Gia đình hiếu học');
  });
});
