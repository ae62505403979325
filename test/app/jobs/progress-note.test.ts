import { describe, expect, it } from 'vitest';
import { saveKnownEvent } from '../../../src/app/calendar/known-events';
import { runJob, type SyncEffects } from '../../../src/app/jobs/effects';
import { CALENDAR_ENABLED_KEY } from '../../../src/app/jobs/calendar-follow-up';
import { progressJob, type JobPorts } from '../../../src/app/jobs/jobs';
import { enqueueEntries, loadOutbox } from '../../../src/app/outbox/outbox-store';
import { setup } from '../../../src/app/plan/setup';
import { guestsDigest } from '../../../src/core/calendar/fingerprint';
import { localDateTime } from '../../../src/core/cell';
import { mailEntry, readMailPayload } from '../../../src/core/outbox/enqueue';
import type { DrainResult } from '../../../src/app/outbox/drain-outbox';
import { MemoryTables } from '../../support/memory-tables';

/** 17:00 on 04/10/2021 in Hồ Chí Minh City, when the evening trigger runs. */
const EVENING = new Date(Date.UTC(2021, 9, 4, 10, 0));

function world() {
  const tables = new MemoryTables();
  const store = new Map<string, string>();
  const ports: JobPorts = {
    tables,
    env: { spreadsheetTimeZone: () => 'Asia/Ho_Chi_Minh', scriptTimeZone: () => 'Asia/Ho_Chi_Minh' },
    clock: { now: () => EVENING },
    lock: { withLock: <T>(_ms: number, fn: () => T): T => fn() },
    log: { info: () => undefined, error: () => undefined },
    properties: {
      get: (k) => store.get(k),
      set: (k, v) => void store.set(k, v),
      delete: (k) => void store.delete(k),
    },
    triggers: {
      scheduleContinuation: () => undefined,
      cancelContinuation: () => undefined,
      hasPendingContinuation: () => false,
    },
  };
  setup(ports, { plan: 'seed', sample: false });
  return { tables, ports, store };
}

const unused = () => {
  throw new Error('not asked for');
};

/** The runtime's side: the quota it reads, and a drain that sends nothing (the note is read from the ledger). */
function effects(quotaLeft: number | undefined): SyncEffects {
  return {
    drain: () => ({ message: '' }) as unknown as DrainResult,
    mailQuota: () => quotaLeft,
    calendar: unused,
    report: unused,
    formsAndTriggers: unused,
    prepareCalendar: unused,
    calendarPreview: unused,
    missedResponses: () => ({ submissions: [], done: () => undefined }),
    formResponses: unused,
  };
}

const noteText = (tables: MemoryTables): string => {
  const entry = loadOutbox(tables).ledger.rows.find((r) => r.entry.key === 'progress-note:2021-10-04')!.entry;
  const payload = readMailPayload(entry.payload);
  if (typeof payload === 'string') throw new Error(payload);
  return payload.text;
};

describe('the organiser’s evening note', () => {
  it('tells when the last waiting mail should go and who gets a big event by mail', () => {
    const { tables, ports, store } = world();
    // 90 recipients went at 09:00 (the window resets 05/10 09:00); 250 invitations wait.
    const morning = localDateTime(2021, 10, 4, 9, 0);
    enqueueEntries(tables, [
      ...Array.from({ length: 90 }, (_, i) => ({
        ...mailEntry(
          {
            key: `confirm-mail:R${i}`,
            to: [`r${i}@x.example`],
            mail: { subject: 's', text: 's', html: 's' },
          },
          morning,
        ),
        state: 'đã gửi' as const,
        doneAt: morning,
      })),
      ...Array.from({ length: 250 }, (_, i) =>
        mailEntry(
          {
            key: `invite-family-mail:PH${i}:2021`,
            to: [`ph${i}@x.example`],
            mail: { subject: 's', text: 's', html: 's' },
          },
          morning,
        ),
      ),
    ]);
    store.set(CALENDAR_ENABLED_KEY, 'yes');
    saveKnownEvent(ports.properties, 2021, {
      activityId: 'HD11',
      fingerprint: 'f',
      guests: guestsDigest(Array.from({ length: 2150 }, (_, i) => `g${i}@x.example`)),
      sequence: 0,
    });
    saveKnownEvent(ports.properties, 2021, {
      activityId: 'HD04',
      fingerprint: 'f',
      guests: guestsDigest(['a@x.example']),
      sequence: 0,
    });

    runJob(progressJob(ports), effects(10));

    const text = noteText(tables);
    // The note itself and the two owners' result asks go before the 250 invitations; 10 go now,
    // then 100 a window: three more windows, each opening a minute after the last reset.
    expect(text).toContain(
      'Hộp thư đi: 253 thư chờ gửi (253 người nhận); thư cuối cùng dự kiến đi lúc thứ Năm, 07/10/2021 09:02, sau 3 lần hạn mức gửi thư 24 giờ được cấp lại',
    );
    expect(text).toContain(
      'Lịch, HD11: 2.150 khách mời, nhiều hơn 200 người một sự kiện Google Lịch ghi tên được; 1.950 người nhận lời mời (tệp .ics) qua thư thay vì trong danh sách khách.',
    );
    expect(text).not.toContain('HD04');
  });

  it('says nothing waits when the quota takes it all, and no calendar line while the calendar is off', () => {
    const { tables, ports } = world();
    runJob(progressJob(ports), effects(100));
    const text = noteText(tables);
    expect(text).toMatch(/Hộp thư đi: \d+ thư chờ gửi \(\d+ người nhận\), đi hết trong lần gửi tới\./);
    expect(text).not.toContain('Lịch,');
  });
});
