import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LocalDateTime } from '../../../src/core/cell';
import { orderOf } from '../../../src/core/forms/timestamp-text';
import {
  allocateSeats,
  buildFormSpecs,
  formSpecOf,
  latestPerPerson,
  normalisedRecord,
  normaliseResponse,
  parseFormsCsv,
  placementsOf,
  rawRecord,
  rawResponseFromRecord,
  reasonText,
  sessionCapacities,
  signupsFromResponses,
  startsLikeFormula,
  toRawResponse,
  type Answer,
  type FormId,
  type NormaliseContext,
  type NormalisedResponse,
  type RawResponse,
  type Signup,
} from '../../../src/core/forms';
import { ACTIVITIES, plan } from './plan-fixture';

/** Runs test/fixtures/hostile-responses.json through the core: every entry has a defined outcome. */

type Generated = string | { $repeat: string; times: number; $suffix?: string };
interface Expect {
  outcome: 'clean' | 'flagged';
  problems: string[];
  notes?: string[];
  answers?: Record<string, Answer>;
  email?: string;
  consent?: boolean;
  placements?: Record<string, string>;
  duplicates?: number;
}
interface Entry {
  name: string;
  form: FormId;
  raw: {
    responseId?: string;
    timestamp: string;
    email?: Generated;
    answers: Record<string, Generated | Generated[]>;
  };
  others?: Record<string, number>;
  deliverTwice?: boolean;
  expect: Expect;
}
interface CsvEntry {
  name: string;
  form: FormId;
  /** The `--date-order` the principal gives, for an export whose every date reads both ways. */
  dateOrder?: 'dmy' | 'mdy';
  csv: string;
  expect: {
    dateOrder: 'dmy' | 'mdy';
    issues: string[];
    unreadable: number;
    responses: (Omit<Expect, 'outcome'> & {
      outcome: Expect['outcome'];
      timestamp?: string;
      sessionIds?: string[];
    })[];
  };
}
interface Corpus {
  context: { closedAt: Partial<Record<FormId, string>> };
  responses: Entry[];
  csv: CsvEntry[];
}

const corpus = JSON.parse(
  readFileSync(new URL('../../fixtures/hostile-responses.json', import.meta.url), 'utf8'),
) as Corpus;

const expand = (value: Generated): string =>
  typeof value === 'string' ? value : value.$repeat.repeat(value.times) + (value.$suffix ?? '');
const dt = (iso: string): LocalDateTime => ({ kind: 'local-datetime', iso });

function toRaw(entry: Entry): RawResponse {
  const answers: Record<string, Answer> = {};
  for (const [title, value] of Object.entries(entry.raw.answers)) {
    answers[title] = Array.isArray(value) ? value.map(expand) : expand(value);
  }
  return {
    ...(entry.raw.responseId !== undefined ? { responseId: entry.raw.responseId } : {}),
    timestamp: dt(entry.raw.timestamp),
    ...(entry.raw.email !== undefined ? { email: expand(entry.raw.email) } : {}),
    answers,
  };
}

const specs = buildFormSpecs(plan());
const closedAt: NormaliseContext['closedAt'] = {};
for (const [form, iso] of Object.entries(corpus.context.closedAt)) closedAt[form as FormId] = dt(iso!);
const context: NormaliseContext = { specs, activities: ACTIVITIES, closedAt };
const sessions = sessionCapacities(ACTIVITIES);

function checkOutcome(r: NormalisedResponse, expected: Omit<Expect, 'placements' | 'duplicates'>): void {
  expect(r.flagged ? 'flagged' : 'clean').toBe(expected.outcome);
  expect([...new Set(r.problems.map((p) => p.code))].sort()).toEqual([...new Set(expected.problems)].sort());
  if (expected.notes) expect(r.notes.map((n) => n.code).sort()).toEqual(expected.notes);
  if (expected.answers) expect(r.answers).toMatchObject(expected.answers);
  if (expected.email !== undefined) expect(r.email).toBe(expected.email);
  if (expected.consent !== undefined) expect(r.consent).toBe(expected.consent);
  for (const reason of [...r.problems, ...r.notes]) {
    const text = reasonText(reason);
    expect(text.length).toBeGreaterThan(10);
    expect(text).toBe(text.normalize('NFC'));
  }
}

function checkCells(r: NormalisedResponse): void {
  for (const cell of Object.values(normalisedRecord(r, { seats: 'HD05: có chỗ', newRow: true }))) {
    if (typeof cell === 'string')
      expect(startsLikeFormula(cell), JSON.stringify(cell.slice(0, 40))).toBe(false);
  }
}

describe('hostile response corpus', () => {
  it('has at least 40 responses', () => {
    expect(corpus.responses.length + corpus.csv.length).toBeGreaterThanOrEqual(40);
    expect(new Set(corpus.responses.map((e) => e.name)).size).toBe(corpus.responses.length);
  });

  describe.each(corpus.responses.map((e) => [e.name, e] as const))('%s', (_name, entry) => {
    const raw = toRaw(entry);
    const result = normaliseResponse(entry.form, raw, context);

    it('gets its expected outcome and reasons', () => {
      checkOutcome(result, entry.expect);
    });

    it('never puts a formula in a cell', () => {
      checkCells(result);
    });

    it('keeps the raw response whole in the audit copy', () => {
      const { record, overflow } = rawRecord(entry.form, result.responseId, raw, { source: 'JSON' });
      expect(overflow).toBe(false);
      expect(rawResponseFromRecord(record)).toEqual(raw);
      for (const cell of Object.values(record)) {
        if (typeof cell === 'string') expect(startsLikeFormula(cell)).toBe(false);
      }
    });

    it('normalises to the same thing a second time', () => {
      const again = normaliseResponse(
        entry.form,
        toRawResponse(formSpecOf(specs, entry.form), result),
        context,
      );
      expect(again.answers).toEqual(result.answers);
      expect(again.responseId).toBe(result.responseId);
      expect(again.problems.map((p) => p.code)).toEqual(result.problems.map((p) => p.code));
    });

    if (entry.expect.placements) {
      it('gets its seat or waitlist place', () => {
        const earlier: Signup[] = [];
        for (const [id, count] of Object.entries(entry.others ?? {})) {
          for (let i = 0; i < count; i++) {
            earlier.push({
              person: `earlier${i}@x.vn`,
              responseId: `e${i}`,
              timestamp: dt('2021-10-01T07:00'),
              sessionIds: [id],
            });
          }
        }
        const allocation = allocateSeats(sessions, [...earlier, ...signupsFromResponses([result])]);
        const placed: Record<string, string> = {};
        for (const p of placementsOf(allocation, result.email)) {
          placed[p.sessionId] = p.state === 'seated' ? 'seated' : `waitlisted ${p.position}`;
        }
        expect(placed).toEqual(entry.expect.placements);
      });
    }

    if (entry.deliverTwice) {
      it('counts once when delivered twice', () => {
        const twice = normaliseResponse(entry.form, raw, context);
        const rows = latestPerPerson([result, twice]);
        expect(rows.rows).toHaveLength(1);
        expect(rows.duplicates).toHaveLength(entry.expect.duplicates ?? 1);
      });
    }
  });

  describe.each(corpus.csv.map((e) => [e.name, e] as const))('CSV: %s', (_name, entry) => {
    const spec = formSpecOf(specs, entry.form);
    const parsed = parseFormsCsv(entry.csv, spec, entry.dateOrder ? { dateOrder: entry.dateOrder } : {});

    it('reports its issues and reads its rows', () => {
      expect(parsed.decision && orderOf(parsed.decision)).toBe(entry.expect.dateOrder);
      expect(parsed.issues.map((i) => i.code)).toEqual(entry.expect.issues);
      expect(parsed.unreadable).toHaveLength(entry.expect.unreadable);
      expect(parsed.responses).toHaveLength(entry.expect.responses.length);
    });

    it('gives each row its expected outcome, formula-free', () => {
      parsed.responses.forEach((raw, i) => {
        const expected = entry.expect.responses[i]!;
        const r = normaliseResponse(entry.form, raw, context);
        checkOutcome(r, expected);
        if (expected.timestamp) expect(r.submittedAt.iso).toBe(expected.timestamp);
        if (expected.sessionIds) expect(r.sessionIds).toEqual(expected.sessionIds);
        checkCells(r);
      });
    });
  });
});
