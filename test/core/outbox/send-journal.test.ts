import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  closeJournal,
  decodeJournals,
  digestKeys,
  encodeJournals,
  JOURNAL_KEY_CHARS,
  journalMatches,
  journalsFit,
  PROPERTY_LIMIT_BYTES,
  propertyBytes,
  recordOutcome,
  recordStart,
  recoverBatch,
  shortKey,
  startJournal,
  type SendJournal,
} from '../../../src/core/outbox/send-journal';

const BATCH_ID = '2021-09-28T01:00:00.000Z';
const keysOf = (n: number, prefix = 'invite-mail:NS'): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(4, '0')}:2021`);

/** Apps Script's worst keys: long, accented, astral, with control characters. */
const hostileKey = fc
  .array(
    fc.oneof(
      fc.constantFrom('invite-mail:', 'Nguyễn Thị Ánh', '😀', '\u0001', '"', '\\', '\u2028', ':'),
      fc.string({ unit: 'binary', maxLength: 20 }),
    ),
    { minLength: 1, maxLength: 40 },
  )
  .map((parts) => parts.join(''))
  .filter((k) => k.length > 0 && !k.includes('\u0000'));

const outcomesFor = (size: number) =>
  fc.tuple(fc.array(fc.constantFrom('S', '-'), { maxLength: size }), fc.boolean()).map(([known, started]) => {
    const text = known.join('');
    return started && text.length < size ? `${text}?` : text;
  });

const journalArb: fc.Arbitrary<SendJournal> = fc
  .tuple(fc.array(hostileKey, { minLength: 1, maxLength: 30 }), fc.boolean())
  .chain(([keys, closed]) =>
    outcomesFor(keys.length).map((outcomes) => ({
      ...startJournal(BATCH_ID, keys),
      outcomes: closed ? outcomes.replace('?', '-').padEnd(keys.length, '-') : outcomes,
      closed,
    })),
  );

describe('the send journal', () => {
  it('encodes and decodes one or two journals unchanged', () => {
    fc.assert(
      fc.property(fc.array(journalArb, { minLength: 1, maxLength: 2 }), (journals) => {
        expect(decodeJournals(encodeJournals(journals))).toEqual(journals);
      }),
      { numRuns: 300 },
    );
  });

  it('records started, outcome and close one position at a time', () => {
    const keys = keysOf(5);
    let j = startJournal(BATCH_ID, keys);
    expect(j).toMatchObject({ size: 5, first: keys[0], last: keys[4], outcomes: '', closed: false });
    j = recordStart(j, 0);
    expect(j.outcomes).toBe('?');
    j = recordOutcome(j, 0, true);
    j = recordStart(j, 1);
    expect(j.outcomes).toBe('S?');
    j = recordOutcome(j, 1, false);
    expect(j.outcomes).toBe('S-');
    // a position skipped (no write) is padded as not sent
    expect(recordStart(j, 3).outcomes).toBe('S--?');
    expect(closeJournal(j, [true, false, false, true, false])).toMatchObject({
      outcomes: 'S--S-',
      closed: true,
    });
  });

  it('reads nothing from an absent, foreign or damaged value (then nothing is trusted)', () => {
    const good = encodeJournals([startJournal(BATCH_ID, keysOf(3))]);
    for (const value of [
      undefined,
      null,
      '',
      'not json',
      '[]',
      '{"v":2,"batches":[]}',
      good.replace('"m":3', '"m":0'),
      good.replace('"out":""', '"out":"SSSS"'),
      good.replace('"out":""', '"out":"SX"'),
      good.replace('"closed":false', '"closed":"no"'),
    ]) {
      expect(decodeJournals(value), String(value)).toEqual([]);
    }
    fc.assert(
      fc.property(fc.string(), (junk) => {
        expect(() => decodeJournals(junk)).not.toThrow();
      }),
    );
  });

  it('fits the 9 KB property for 1,500 positions with two journals of the longest keys', () => {
    // The daily quota bounds a batch: 100 recipients (consumer), 1,500 (Workspace), at least
    // one recipient a mail. Keys are cut to JOURNAL_KEY_CHARS code points, each up to 6 bytes.
    const worst = (tag: string): string[] => {
      const long = `${'\u0001'.repeat(JOURNAL_KEY_CHARS)}${tag}${'ễ'.repeat(20_000)}`;
      return [long, ...keysOf(1498), `${long}-last`];
    };
    const journals = [
      closeJournal(startJournal(BATCH_ID, worst('a')), Array<boolean>(1500).fill(true)),
      closeJournal(startJournal(BATCH_ID, worst('b')), Array<boolean>(1500).fill(true)),
    ];
    expect(journals[0]!.first.length).toBe(JOURNAL_KEY_CHARS);
    const value = encodeJournals(journals);
    expect(propertyBytes(value)).toBeLessThanOrEqual(PROPERTY_LIMIT_BYTES);
    expect(journalsFit(journals)).toBe(true);
    expect(decodeJournals(value)).toEqual(journals);
  });

  it('says when a batch is too big to journal (the drain then works as without one)', () => {
    expect(journalsFit([startJournal(BATCH_ID, keysOf(9500))])).toBe(false);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12_000 }), (m) => {
        const journals = [startJournal(BATCH_ID, keysOf(m))];
        const full = [closeJournal(journals[0]!, Array<boolean>(m).fill(true))];
        expect(journalsFit(journals)).toBe(propertyBytes(encodeJournals(full)) <= PROPERTY_LIMIT_BYTES);
      }),
      { numRuns: 50 },
    );
  });

  it('shortens keys by code points, never splitting an emoji', () => {
    const key = '😀'.repeat(JOURNAL_KEY_CHARS + 5);
    expect(Array.from(shortKey(key))).toHaveLength(JOURNAL_KEY_CHARS);
    expect(shortKey('short')).toBe('short');
  });
});

describe('recovering a batch from its journal', () => {
  it('settles each row by its position: S sent, ? review, - and never started waiting', () => {
    const keys = keysOf(6);
    const journal = { ...startJournal(BATCH_ID, keys), outcomes: 'S-S?' };
    expect(recoverBatch([journal], keys)).toEqual({
      journal,
      rows: ['sent', 'waiting', 'sent', 'review', 'waiting', 'waiting'],
    });
  });

  it('a closed journal leaves no row to review', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 1, maxLength: 200 }), (sent) => {
        const keys = keysOf(sent.length);
        const journal = closeJournal(startJournal(BATCH_ID, keys), sent);
        const plan = recoverBatch([journal], keys)!;
        expect(plan.rows).toEqual(sent.map((s) => (s ? 'sent' : 'waiting')));
      }),
    );
  });

  it('at most one row is ever sent to review, and only a started one', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }).chain((m) => fc.tuple(fc.constant(m), outcomesFor(m))),
        ([m, outcomes]) => {
          const keys = keysOf(m);
          const plan = recoverBatch([{ ...startJournal(BATCH_ID, keys), outcomes }], keys)!;
          expect(plan.rows.filter((r) => r === 'review').length).toBe(outcomes.endsWith('?') ? 1 : 0);
          expect(plan.rows.filter((r) => r === 'sent').length).toBe(outcomes.split('S').length - 1);
        },
      ),
    );
  });

  it('does not match rows sorted, added, removed or edited by hand, nor another batch', () => {
    fc.assert(
      fc.property(
        fc.array(hostileKey, { minLength: 2, maxLength: 40 }).filter((k) => new Set(k).size === k.length),
        fc.nat(),
        fc.nat(),
        (keys, a, b) => {
          const journal = startJournal(BATCH_ID, keys);
          expect(journalMatches(journal, keys)).toBe(true);
          const i = a % keys.length;
          const j = b % keys.length;
          if (i !== j) {
            const swapped = [...keys];
            [swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!];
            expect(recoverBatch([journal], swapped)).toBeUndefined();
          }
          expect(recoverBatch([journal], keys.slice(1))).toBeUndefined();
          expect(recoverBatch([journal], [...keys, 'invite-mail:extra'])).toBeUndefined();
          const edited = keys.map((k, at) => (at === i ? `${k}x` : k));
          expect(recoverBatch([journal], edited)).toBeUndefined();
        },
      ),
    );
    // first and last equal, a middle key different: the digest tells them apart
    const keys = keysOf(5);
    const other = [...keys];
    other[2] = 'invite-mail:NS9999:2021';
    expect(recoverBatch([startJournal(BATCH_ID, keys)], other)).toBeUndefined();
    expect(recoverBatch([], keys)).toBeUndefined();
    expect(recoverBatch([startJournal(BATCH_ID, keys)], [])).toBeUndefined();
  });

  it('two journals: the newest that matches wins', () => {
    const keys = keysOf(3);
    const older = { ...startJournal('2021-09-27T01:00:00.000Z', keys), outcomes: '---', closed: true };
    const newer = { ...startJournal(BATCH_ID, keys), outcomes: 'S?' };
    expect(recoverBatch([older, newer], keys)!.rows).toEqual(['sent', 'review', 'waiting']);
    const stale = startJournal(BATCH_ID, keysOf(4));
    expect(recoverBatch([older, stale], keys)!.journal).toBe(older);
  });

  it('the digest depends on order and on every key', () => {
    expect(digestKeys(['a', 'b'])).not.toBe(digestKeys(['b', 'a']));
    expect(digestKeys(['ab'])).not.toBe(digestKeys(['a', 'b']));
    expect(digestKeys(keysOf(3))).toBe(digestKeys(keysOf(3)));
  });
});
