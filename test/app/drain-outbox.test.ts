import { describe, expect, it } from 'vitest';
import { drainOutbox } from '../../src/app/outbox/drain-outbox';
import { readOutboxStatus } from '../../src/app/outbox/outbox-store';
import type { OutgoingMail } from '../../src/ports';
import { editLedgerCell, entryByKey, queueInvitations, statesByKey } from '../support/fault-ledger';
import { DAILY_QUOTA_MESSAGE, FaultWorld, seededRandom } from '../support/fault-world';

const START = Date.UTC(2021, 8, 28, 1, 0); // 28/09/2021 08:00 in the school

function world(dailyQuota = 100, sendMs: [number, number] = [200, 200]): FaultWorld {
  return new FaultWorld(START, { transientRate: 0, quotaErrorRate: 0, sendMs, dailyQuota }, seededRandom(1));
}

/** A mailer following a script: each call takes the next behaviour ('ok' or an error message). */
function scriptedMail(w: FaultWorld, script: string[]): void {
  const deliver = w.mail.send;
  w.mail.send = (mail: OutgoingMail): void => {
    const next = script.shift() ?? 'ok';
    if (next !== 'ok') {
      w.mailCalls++;
      throw new Error(next);
    }
    deliver(mail);
  };
}

describe('drainOutbox', () => {
  it('sends every due mail once and records it', () => {
    const w = world();
    queueInvitations(w.tables, 3);
    const result = drainOutbox(w.ports());
    expect(result).toMatchObject({ ran: true, sent: 3, deferred: 0, failed: 0, remaining: 0 });
    expect(result.message).toBe('đã gửi 3 thư; còn 0 thư chờ.');
    expect(w.delivered.map((m) => m.to)).toEqual([
      ['gv1@truong.example'],
      ['gv2@truong.example'],
      ['gv3@truong.example'],
    ]);
    expect(w.delivered[0]).toMatchObject({
      key: 'invite-mail:NS0001:2021',
      subject: 'Thư mời NS0001',
      html: '<p>Kính gửi NS0001</p>',
      replyTo: 'hieutruong@truong.example',
      senderName: 'Trường Mầm non 20/10',
    });
    const entry = entryByKey(w.tables, 'invite-mail:NS0001:2021')!;
    expect(entry).toMatchObject({ state: 'đã gửi', attempts: 1, doneAt: { iso: '2021-09-28T08:00' } });
    expect(w.pendingContinuations).toBe(0);

    // Running again (a second trigger, a second click) sends nothing.
    const again = drainOutbox(w.ports());
    expect(again.sent).toBe(0);
    expect(w.delivered).toHaveLength(3);
  });

  it('makes the "đang gửi" marks durable (flush / save) before the first mail leaves', () => {
    const w = world();
    queueInvitations(w.tables, 3);
    const seen: string[][] = [];
    const checkpoint = { checkpoint: (): void => void seen.push([...Object.values(statesByKey(w.tables))]) };
    const sent: number[] = [];
    const deliver = w.mail.send;
    w.mail.send = (mail): void => {
      sent.push(seen.length);
      deliver(mail);
    };
    drainOutbox({ ...w.ports(), checkpoint });
    expect(seen).toEqual([['đang gửi', 'đang gửi', 'đang gửi']]);
    expect(sent).toEqual([1, 1, 1]);
  });

  it('does nothing without the lock, and says so', () => {
    const w = world();
    queueInvitations(w.tables, 2);
    w.lockHeld = true;
    w.tables.resetCalls();
    const result = drainOutbox(w.ports());
    expect(result.ran).toBe(false);
    expect(result.message).toContain('không làm gì');
    expect(w.tables.calls.read).toBe(0);
    expect(w.delivered).toHaveLength(0);
  });

  it('defers what exceeds the quota until its 24-hour window resets, and resumes then', () => {
    const w = world(30);
    queueInvitations(w.tables, 100);
    const day1 = drainOutbox(w.ports());
    expect(day1).toMatchObject({ sent: 30, deferred: 70, remaining: 70 });
    expect(day1.message).toContain('70 thư chờ hạn mức được cấp lại');
    // 70 more at 30 a window: the last of them in the third window after this one. Each window
    // opens with the mail due a minute after the last one reset, so the resets drift a minute.
    expect(day1.message).toContain('thư cuối cùng đang chờ dự kiến đi lúc thứ Sáu, 01/10/2021 08:02');
    // Each waiting row says which reset it waits for, in the order the drain will send them.
    expect(entryByKey(w.tables, 'invite-mail:NS0060:2021')!.lastError).toContain(
      'dự kiến thứ Tư, 29/09/2021 08:00',
    );
    expect(entryByKey(w.tables, 'invite-mail:NS0061:2021')!.lastError).toContain(
      'chờ đến lần hạn mức được cấp lại thứ 2, dự kiến gửi lúc thứ Năm, 30/09/2021 08:01',
    );
    expect(entryByKey(w.tables, 'invite-mail:NS0091:2021')!.lastError).toContain(
      'chờ đến lần hạn mức được cấp lại thứ 3, dự kiến gửi lúc thứ Sáu, 01/10/2021 08:02',
    );
    const deferred = entryByKey(w.tables, 'invite-mail:NS0031:2021')!;
    // The first mail went at 08:00: the window resets 24 hours later, not at midnight.
    expect(deferred).toMatchObject({
      state: 'hoãn do hạn mức',
      attempts: 0,
      nextAttempt: { iso: '2021-09-29T08:01' },
    });
    expect(deferred.lastError).toContain('dự kiến thứ Tư, 29/09/2021 08:00');
    // One continuation, a minute after the reset (less the 6 s of sending).
    expect(w.pendingContinuations).toBe(1);
    expect(day1.continuationAfterMs).toBe((24 * 60 + 1) * 60_000 - 30 * 200);

    expect(readOutboxStatus(w.tables).line).toBe('30 đã gửi, 70 hoãn do hạn mức');

    // Later the same day: the quota is still gone, nothing is tried.
    w.nowMs += 3_600_000;
    w.quotaLeft = 0;
    expect(drainOutbox(w.ports()).sent).toBe(0);

    w.nowMs = START + 86_400_000 + 60_000;
    w.quotaLeft = 30;
    expect(drainOutbox(w.ports())).toMatchObject({ sent: 30, remaining: 40 });
    expect(new Set(w.delivered.map((m) => m.key)).size).toBe(60);
  });

  // The second read is the price of sending without the lock: the results go onto the ledger as
  // it is then, found by key, since other runs may have added or moved rows meanwhile.
  it('costs the same sheet calls for 100 and 5,000 entries (two reads, two writes)', () => {
    const counts = [100, 5000].map((n) => {
      const w = world(100);
      queueInvitations(w.tables, n);
      w.tables.resetCalls();
      const result = drainOutbox(w.ports());
      expect(result.sent).toBe(100);
      expect(result.deferred).toBe(n - 100);
      return { ...w.tables.calls };
    });
    expect(counts[0]).toEqual(counts[1]);
    expect(counts[0]).toMatchObject({ read: 2, write: 2, append: 0 });
  });

  it('stops before the time budget and leaves exactly one continuation', () => {
    const w = world(100, [60_000, 60_000]);
    queueInvitations(w.tables, 10);
    const result = drainOutbox(w.ports());
    expect(result.stoppedForTime).toBe(true);
    expect(result.sent).toBe(5); // starts at 0, 60, 120, 180, 240 s; 300 s is past 270 s
    expect(result.remaining).toBe(5);
    expect(statesByKey(w.tables)['invite-mail:NS0006:2021']).toBe('chờ gửi');
    expect(entryByKey(w.tables, 'invite-mail:NS0006:2021')!.attempts).toBe(0);
    expect(w.pendingContinuations).toBe(1);
    expect(w.maxPendingContinuations).toBe(1);
    expect(result.continuationAfterMs).toBe(60_000);
    expect(result.message).toContain('sẽ tự chạy tiếp');
  });

  it('retries a transient error after 1 s, 2 s… within the run', () => {
    const w = world();
    queueInvitations(w.tables, 1);
    scriptedMail(w, ['Service invoked too many times in a short time.', 'Service unavailable: Gmail', 'ok']);
    const result = drainOutbox(w.ports());
    expect(result.sent).toBe(1);
    expect(w.slept).toEqual([1000, 2000]);
    expect(entryByKey(w.tables, 'invite-mail:NS0001:2021')).toMatchObject({ state: 'đã gửi', attempts: 3 });
  });

  it('after 1-2-4-8 s of transient errors, leaves it for a later run, which sends it', () => {
    const w = world();
    queueInvitations(w.tables, 1);
    scriptedMail(w, Array(5).fill('Service unavailable: Gmail'));
    const first = drainOutbox(w.ports());
    expect(first.retrying).toBe(1);
    expect(w.slept).toEqual([1000, 2000, 4000, 8000]);
    const entry = entryByKey(w.tables, 'invite-mail:NS0001:2021')!;
    expect(entry.state).toBe('lỗi tạm thời');
    expect(entry.lastError).toContain('Dịch vụ thư tạm thời không phản hồi (đã thử 5 lần)');
    expect(entry.nextAttempt!.iso > '2021-09-28T08:00').toBe(true);
    expect(w.pendingContinuations).toBe(1);

    // Too early: nothing is tried.
    expect(drainOutbox(w.ports()).sent).toBe(0);
    w.nowMs += first.continuationAfterMs!;
    expect(drainOutbox(w.ports()).sent).toBe(1);
    expect(w.delivered).toHaveLength(1);
  });

  it('a daily-quota error defers that mail and the rest, never retried today', () => {
    const w = world();
    queueInvitations(w.tables, 4);
    scriptedMail(w, ['ok', DAILY_QUOTA_MESSAGE]);
    const result = drainOutbox(w.ports());
    expect(result).toMatchObject({ sent: 1, deferred: 3 });
    expect(w.slept).toEqual([]);
    expect(Object.values(statesByKey(w.tables))).toEqual([
      'đã gửi',
      'hoãn do hạn mức',
      'hoãn do hạn mức',
      'hoãn do hạn mức',
    ]);
    expect(w.mailCalls).toBe(2);
  });

  it('a quota service failing mid-run strands nothing as "đang gửi"', () => {
    const w = world(2);
    queueInvitations(w.tables, 3);
    let calls = 0;
    const quota = w.mail.remainingDailyQuota;
    w.mail.remainingDailyQuota = (): number => {
      if (++calls > 1) throw new Error('Service unavailable: Gmail');
      return quota();
    };
    const result = drainOutbox(w.ports());
    expect(result).toMatchObject({ sent: 2, deferred: 1 });
    expect(Object.values(statesByKey(w.tables))).toEqual(['đã gửi', 'đã gửi', 'hoãn do hạn mức']);
  });

  it('an error nothing recognises is tried in 3 runs over an hour, then fails with the message', () => {
    const w = world();
    queueInvitations(w.tables, 1);
    scriptedMail(w, Array(10).fill('Invalid argument: recipient'));
    drainOutbox(w.ports());
    const first = entryByKey(w.tables, 'invite-mail:NS0001:2021')!;
    expect(first).toMatchObject({
      state: 'lỗi tạm thời',
      attempts: 1,
      nextAttempt: { iso: '2021-09-28T08:20' },
    });
    expect(first.lastError).toBe(
      'Lỗi chưa rõ nguyên nhân (lần 1/3); hệ thống sẽ thử lại lúc thứ Ba, 28/09/2021 08:20. Chi tiết: Invalid argument: recipient',
    );
    // Not due before its time: a run in between sends nothing.
    w.nowMs += 10 * 60_000;
    drainOutbox(w.ports());
    expect(w.mailCalls).toBe(1);
    w.nowMs += 10 * 60_000;
    drainOutbox(w.ports());
    expect(entryByKey(w.tables, 'invite-mail:NS0001:2021')).toMatchObject({
      attempts: 2,
      nextAttempt: { iso: '2021-09-28T09:00' },
    });
    w.nowMs += 40 * 60_000;
    drainOutbox(w.ports());
    const entry = entryByKey(w.tables, 'invite-mail:NS0001:2021')!;
    expect(entry.state).toBe('thất bại');
    expect(entry.attempts).toBe(3);
    expect(entry.lastError).toBe(
      'Gửi không thành công sau 3 lần thử; hệ thống ngừng gửi thư này. Chi tiết: Invalid argument: recipient',
    );
    expect(w.mailCalls).toBe(3);
    w.nowMs += 60 * 60_000;
    drainOutbox(w.ports());
    expect(w.mailCalls).toBe(3);
  });

  it('never re-sends a mail an earlier, killed run left "đang gửi": it asks the principal', () => {
    const w = world();
    queueInvitations(w.tables, 3);
    editLedgerCell(w.tables, 'invite-mail:NS0002:2021', 'Trạng thái', 'đang gửi');
    const result = drainOutbox(w.ports());
    expect(result).toMatchObject({ sent: 2, needsReview: 1 });
    expect(w.delivered.map((m) => m.key)).not.toContain('invite-mail:NS0002:2021');
    const entry = entryByKey(w.tables, 'invite-mail:NS0002:2021')!;
    expect(entry.state).toBe('cần kiểm tra');
    expect(entry.lastError).toContain('đặt lại "chờ gửi"');

    // The principal found nothing in the sent folder and set it back: it goes, once.
    editLedgerCell(w.tables, 'invite-mail:NS0002:2021', 'Trạng thái', 'chờ gửi');
    expect(drainOutbox(w.ports()).sent).toBe(1);
    expect(drainOutbox(w.ports()).sent).toBe(0);
  });

  it('an address edited into a header injection or garbage never reaches the mailer', () => {
    const w = world();
    queueInvitations(w.tables, 3);
    editLedgerCell(
      w.tables,
      'invite-mail:NS0001:2021',
      'Người nhận',
      'gv1@truong.example\r\nBcc: all@example.com',
    );
    editLedgerCell(w.tables, 'invite-mail:NS0002:2021', 'Người nhận', 'không có');
    const result = drainOutbox(w.ports());
    expect(result).toMatchObject({ sent: 1, failed: 2 });
    expect(w.delivered.map((m) => m.key)).toEqual(['invite-mail:NS0003:2021']);
    expect(entryByKey(w.tables, 'invite-mail:NS0001:2021')!.lastError).toContain('xuống dòng');
    expect(entryByKey(w.tables, 'invite-mail:NS0002:2021')!.lastError).toContain('không hợp lệ');
  });

  it('reports damaged rows (typed state, deleted key, emptied payload) and goes on', () => {
    const w = world();
    queueInvitations(w.tables, 4);
    editLedgerCell(w.tables, 'invite-mail:NS0001:2021', 'Trạng thái', 'gửi lại giùm');
    editLedgerCell(w.tables, 'invite-mail:NS0003:2021', 'Dữ liệu', null);
    editLedgerCell(w.tables, 'invite-mail:NS0002:2021', 'Khóa', null);
    const result = drainOutbox(w.ports());
    expect(result.sent).toBe(1);
    expect(w.delivered.map((m) => m.key)).toEqual(['invite-mail:NS0004:2021']);
    expect(result.findings.map((f) => [f.code, f.row])).toEqual([
      ['outbox.state-unknown', 2],
      ['outbox.key-missing', 3],
    ]);
    expect(w.log.filter((l) => l.startsWith('ERROR'))).toHaveLength(2);
    const status = readOutboxStatus(w.tables);
    expect(status.line).toBe('1 đã gửi, 1 thất bại, 2 dòng hỏng');
    expect(status.attention.map((a) => a.row)).toEqual([2, 3, 4]);
    expect(statesByKey(w.tables)['invite-mail:NS0003:2021']).toBe('thất bại');
    expect(entryByKey(w.tables, 'invite-mail:NS0003:2021')!.lastError).toContain('bị hỏng hoặc bị xóa');
  });

  it('with no outbox tab, does nothing and leaves no trigger', () => {
    const w = world();
    const result = drainOutbox(w.ports());
    expect(result).toMatchObject({ ran: true, sent: 0, remaining: 0 });
    expect(w.pendingContinuations).toBe(0);
  });
});
