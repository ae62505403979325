import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localDateTime } from '../../../src/core/cell';
import { classifyMailError } from '../../../src/core/outbox/classify-error';
import { mailEntry, newEntries, readMailPayload } from '../../../src/core/outbox/enqueue';
import { CELL_LIMIT, FAILED, PENDING, outboxKey } from '../../../src/core/outbox/entry';
import {
  entryToRecord,
  parseLedger,
  parseState,
  readLedgerTable,
} from '../../../src/core/outbox/ledger-rows';
import { checkRecipients } from '../../../src/core/outbox/recipients';
import { isDue, nextQuotaDay, retryAfterTransient } from '../../../src/core/outbox/schedule';
import { OUTBOX_TABLE } from '../../../src/core/schema/outbox-table';
import { defaultHeader, recordToRow } from '../../../src/core/table';

const NOW = localDateTime(2021, 10, 1, 9, 30);
const MAIL = { subject: 'Thư mời', text: 'Kính gửi', html: '<p>Kính gửi</p>' };

describe('error classification', () => {
  it.each([
    ['Service invoked too many times in a short time. Try Utilities.sleep(1000) between calls.', 'transient'],
    ['Service unavailable: Gmail', 'transient'],
    ['Exceeded maximum execution time', 'other'],
    ['Request timed out', 'transient'],
    ['read ECONNRESET', 'transient'],
    ['Connection closed unexpectedly', 'transient'],
    ['421 4.7.0 Try again later, closing connection.', 'transient'],
    ['Service invoked too many times for one day: email.', 'quota'],
    ['Email quota likely reached', 'quota'],
    ['550 5.4.5 Daily user sending limit exceeded', 'quota'],
    ['Invalid email: foo', 'other'],
    ['Limit Exceeded: Email Total Attachments Size', 'other'],
  ] as const)('%s → %s', (message, kind) => {
    expect(classifyMailError(message)).toBe(kind);
  });

  it('an SMTP 4xx reply code is transient whatever the text', () => {
    expect(classifyMailError('Message rejected', 451)).toBe('transient');
    expect(classifyMailError('Message rejected', 554)).toBe('other');
  });
});

describe('recipient checks', () => {
  it('accepts plain addresses and drops repeats (case-insensitively)', () => {
    expect(checkRecipients(['an@truong.edu.vn', ' AN@truong.edu.vn ', 'binh@example.com'])).toEqual({
      ok: true,
      addresses: ['an@truong.edu.vn', 'binh@example.com'],
    });
  });

  it.each([
    [[], 'Không có địa chỉ người nhận.'],
    [[''], 'Không có địa chỉ người nhận.'],
    [['an@truong.edu.vn\r\nBcc: victim@example.com'], 'xuống dòng'],
    [['an@truong.edu.vn\nX: y'], 'xuống dòng'],
    [['không phải email'], 'không hợp lệ'],
    [['an@@truong.edu.vn'], 'không hợp lệ'],
    [['an@localhost'], 'không hợp lệ'],
    [['"An" <an@truong.edu.vn>'], 'không hợp lệ'],
  ])('refuses %j with a Vietnamese reason', (addresses, reason) => {
    const check = checkRecipients(addresses);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.error).toContain(reason);
  });

  it('never lets a CR or LF through, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.constantFrom('\r', '\n', '\r\n'), (a, b, eol) => {
        expect(checkRecipients([`${a}${eol}${b}`]).ok).toBe(false);
      }),
    );
  });
});

describe('mail entries', () => {
  it('a good mail waits to be sent, its payload round-trips', () => {
    const entry = mailEntry(
      { key: 'invite-mail:NS001:2021', to: ['an@truong.edu.vn'], mail: MAIL, replyTo: 'ht@truong.edu.vn' },
      NOW,
    );
    expect(entry.state).toBe(PENDING);
    expect(entry.attempts).toBe(0);
    expect(entry.createdAt).toEqual(NOW);
    expect(readMailPayload(entry.payload)).toEqual({
      text: MAIL.text,
      html: MAIL.html,
      replyTo: 'ht@truong.edu.vn',
    });
  });

  it('an injected address is recorded as failed with the reason, on one line', () => {
    const entry = mailEntry({ key: 'k', to: ['a@b.vn\r\nBcc: x@y.vn'], mail: MAIL }, NOW);
    expect(entry.state).toBe(FAILED);
    expect(entry.lastError).toContain('xuống dòng');
    expect(entry.recipients.join()).not.toMatch(/[\r\n]/);
  });

  it('a payload too big for a cell fails instead of being cut', () => {
    const big = { ...MAIL, html: 'x'.repeat(CELL_LIMIT) };
    const entry = mailEntry({ key: 'k', to: ['an@truong.edu.vn'], mail: big }, NOW);
    expect(entry.state).toBe(FAILED);
    expect(entry.lastError).toContain('quá dài');
    expect(entry.payload.length).toBeLessThanOrEqual(CELL_LIMIT);
  });

  it('enqueueing a key already present (or twice in one batch) is a no-op', () => {
    const a = mailEntry({ key: 'invite-mail:NS001:2021', to: ['an@truong.edu.vn'], mail: MAIL }, NOW);
    const b = mailEntry({ key: 'invite-mail:NS002:2021', to: ['binh@truong.edu.vn'], mail: MAIL }, NOW);
    expect(newEntries(new Set(['invite-mail:NS001:2021']), [a, b, b]).map((e) => e.key)).toEqual([
      'invite-mail:NS002:2021',
    ]);
  });

  it('keys read as action:source:scope', () => {
    expect(outboxKey('invite-mail', 'NS012', 2021)).toBe('invite-mail:NS012:2021');
  });
});

describe('schedule', () => {
  it('quota-deferred mail waits for 00:05 the next day, across month ends', () => {
    expect(nextQuotaDay(localDateTime(2021, 9, 30, 23, 59)).iso).toBe('2021-10-01T00:05');
    expect(nextQuotaDay(localDateTime(2021, 10, 1, 0, 1)).iso).toBe('2021-10-02T00:05');
  });

  it('transient retries across runs back off to at most an hour', () => {
    expect(retryAfterTransient(NOW, 1).iso).toBe('2021-10-01T09:35');
    expect(retryAfterTransient(NOW, 2).iso).toBe('2021-10-01T09:40');
    expect(retryAfterTransient(NOW, 30).iso).toBe('2021-10-01T10:30');
  });

  it('only waiting entries whose time has come are due', () => {
    const entry = mailEntry({ key: 'k', to: ['an@truong.edu.vn'], mail: MAIL }, NOW);
    expect(isDue(entry, NOW)).toBe(true);
    expect(isDue({ ...entry, nextAttempt: localDateTime(2021, 10, 2, 0, 5) }, NOW)).toBe(false);
    expect(isDue({ ...entry, state: 'đã gửi' }, NOW)).toBe(false);
    expect(isDue({ ...entry, state: 'cần kiểm tra' }, NOW)).toBe(false);
  });
});

describe('reading the ledger tab', () => {
  const header = defaultHeader(OUTBOX_TABLE);
  const good = mailEntry({ key: 'invite-mail:NS001:2021', to: ['an@truong.edu.vn'], mail: MAIL }, NOW);

  it('round-trips an entry through a sheet row', () => {
    const table = readLedgerTable([
      header,
      recordToRow(readLedgerTable([header]).header, entryToRecord(good)),
    ]);
    const parsed = parseLedger(table);
    expect(parsed.findings).toEqual([]);
    expect(parsed.rows).toEqual([{ row: 2, entry: good }]);
  });

  it('a state typed by hand is understood without diacritics, an unknown one is reported and left alone', () => {
    expect(parseState('DA GUI')).toBe('đã gửi');
    expect(parseState('cho gui')).toBe('chờ gửi');
    const row = (key: string | null, state: string): (string | null)[] =>
      header.map((h) => (h === 'Khóa' ? key : h === 'Trạng thái' ? state : h === 'Loại' ? 'mail' : null));
    const parsed = parseLedger(
      readLedgerTable([
        header,
        row('a', 'gửi rồi nhé'),
        row(null, 'chờ gửi'),
        row('b', 'cho gui'),
        row('b', 'chờ gửi'),
        row('c', ''),
      ]),
    );
    expect(parsed.rows.map((r) => r.entry.key)).toEqual(['b']);
    expect(parsed.findings.map((f) => [f.code, f.row])).toEqual([
      ['outbox.state-unknown', 2],
      ['outbox.key-missing', 3],
      ['outbox.key-duplicate', 5],
      ['outbox.state-unknown', 6],
    ]);
    // A key with a damaged row still blocks a new entry of the same key.
    expect(parsed.keys.has('a')).toBe(true);
    // So does a row whose state was erased: it must not be queued (and sent) again.
    expect(parsed.keys.has('c')).toBe(true);
  });
});
