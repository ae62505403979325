import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handleFormSubmit, type Submission } from '../../src/app/forms/handle-form-submit';
import { setup } from '../../src/app/plan/setup';
import { localDateTime, type Cell } from '../../src/core/cell';
import { parseLedger, readLedgerTable } from '../../src/core/outbox/ledger-rows';
import { RAW_RESPONSES_TABLE, TRAINING_SIGNUPS_TABLE } from '../../src/core/schema/response-tables';
import { ACTIVITIES_TABLE } from '../../src/core/schema/tables';
import { cellText, readTable } from '../../src/core/table';
import { MemoryTables } from '../support/memory-tables';
import { setFamilyMail } from '../support/family-mail';

/**
 * Seats under random submission orders, redeliveries and cancellations: never over capacity,
 * each person in exactly the sessions of their latest answer (seated or waiting, once), each
 * confirmation queued once, a confirmed seat never taken from anyone but by their own newer
 * answer, and a second delivery of everything changes nothing.
 */

const CAPACITY: Record<string, number> = { HD06: 2, HD10: 1 };
const SESSIONS = Object.keys(CAPACITY);

function world() {
  const tables = new MemoryTables();
  const ports = {
    tables,
    clock: { now: () => new Date(Date.UTC(2021, 9, 3, 3, 0)) },
    lock: { withLock: <T>(_ms: number, fn: () => T): T => fn() },
    log: { info: () => undefined, error: () => undefined },
  };
  setup(ports, { plan: 'seed', sample: true });
  setFamilyMail(tables);
  const table = readTable(ACTIVITIES_TABLE, tables.read(ACTIVITIES_TABLE.name));
  for (const row of table.rows) {
    const id = cellText(row.cells.id);
    if (id in CAPACITY)
      tables.write(ACTIVITIES_TABLE.name, row.row - 1, table.header.index.capacity!, [[CAPACITY[id]!]]);
  }
  return { tables, ports };
}

interface Answer {
  person: number;
  sessions: string[];
}

function submission(answer: Answer, index: number, minute: number): Submission {
  return {
    formId: 'training',
    raw: {
      responseId: `r${index}`,
      timestamp: localDateTime(2021, 10, 3, 8, minute),
      email: `p${answer.person}@example.org`,
      answers: {
        'Họ và tên': `Người ${answer.person}`,
        'Bạn là': 'Phụ huynh',
        'Buổi tập huấn / nói chuyện muốn tham gia': answer.sessions.map((s) => `[${s}] buổi`),
      },
    },
  };
}

function seatTexts(tables: MemoryTables): Map<string, string> {
  const rows = readTable(TRAINING_SIGNUPS_TABLE, tables.read(TRAINING_SIGNUPS_TABLE.name)).rows;
  return new Map(rows.map((r) => [cellText(r.cells.email), cellText(r.cells.seats as Cell)]));
}

const scenario = fc
  .array(
    fc.record({
      person: fc.integer({ min: 0, max: 4 }),
      // An empty choice is a cancellation.
      sessions: fc.subarray(SESSIONS),
    }),
    { minLength: 1, maxLength: 12 },
  )
  .chain((answers) =>
    fc.record({
      answers: fc.constant(answers),
      // Distinct minutes: the submission order, unrelated to the order of arrival.
      minutes: fc.shuffledSubarray(
        Array.from({ length: 50 }, (_, i) => i),
        { minLength: answers.length, maxLength: answers.length },
      ),
      arrival: fc.shuffledSubarray(
        answers.map((_, i) => i),
        { minLength: answers.length, maxLength: answers.length },
      ),
      redeliver: fc.array(fc.integer({ min: 0, max: answers.length - 1 }), { maxLength: 5 }),
    }),
  );

describe('seat allocation through the pipeline (property)', () => {
  it('never over capacity, everyone placed once, confirmations once, no confirmed seat taken back', () => {
    fc.assert(
      fc.property(scenario, ({ answers, minutes, arrival, redeliver }) => {
        const subs = answers.map((a, i) => submission(a, i, minutes[i]!));
        const deliveries = [...arrival, ...redeliver];
        const { tables, ports } = world();
        const latestSeen = new Map<number, number>();
        for (const i of deliveries) {
          const before = seatTexts(tables);
          handleFormSubmit(ports, subs[i]!);
          const after = seatTexts(tables);
          // Only the person who answered can lose a seat, and only by an answer newer than theirs.
          const own = answers[i]!.person;
          const counts = minutes[i]! >= (latestSeen.get(own) ?? -1);
          if (counts) latestSeen.set(own, minutes[i]!);
          for (const [email, text] of before) {
            const kept = text.split('; ').filter((t) => t.endsWith(': có chỗ'));
            if (email === `p${own}@example.org` && counts) continue;
            for (const seat of kept) expect(after.get(email)?.split('; ')).toContain(seat);
          }
        }

        const seats = seatTexts(tables);
        for (const id of SESSIONS) {
          const seated = [...seats.values()].filter((t) => t.split('; ').includes(`${id}: có chỗ`)).length;
          expect(seated).toBeLessThanOrEqual(CAPACITY[id]!);
        }
        // Each person's latest answer decides what they hold.
        const latest = new Map<number, number>();
        answers.forEach((a, i) => {
          const prev = latest.get(a.person);
          if (prev === undefined || minutes[i]! > minutes[prev]!) latest.set(a.person, i);
        });
        for (const [person, i] of latest) {
          const held = (seats.get(`p${person}@example.org`) ?? '')
            .split('; ')
            .filter((t) => t !== '')
            .map((t) => t.split(':')[0]);
          expect(held.sort()).toEqual([...answers[i]!.sessions].sort());
        }
        const ledger = parseLedger(readLedgerTable(tables.read('Hộp thư đi')));
        expect(ledger.findings.filter((f) => f.code === 'outbox.key-duplicate')).toEqual([]);
        const confirmations = [...ledger.keys].filter((k) => k.startsWith('confirm-mail:'));
        expect(confirmations.sort()).toEqual(subs.map((s) => `confirm-mail:${s.raw.responseId}`).sort());
        expect(readTable(RAW_RESPONSES_TABLE, tables.read(RAW_RESPONSES_TABLE.name)).rows).toHaveLength(
          subs.length,
        );

        // Every trigger delivered again: nothing moves.
        for (const i of deliveries) handleFormSubmit(ports, subs[i]!);
        expect(seatTexts(tables)).toEqual(seats);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
