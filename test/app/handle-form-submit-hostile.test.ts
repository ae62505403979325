import { describe, expect, it } from 'vitest';
import { handleFormSubmit } from '../../src/app/forms/handle-form-submit';
import { setup } from '../../src/app/plan/setup';
import type { Grid, LocalDateTime } from '../../src/core/cell';
import {
  rawResponseFromRecord,
  startsLikeFormula,
  type FormId,
  type RawResponse,
} from '../../src/core/forms';
import { RAW_RESPONSES_TABLE } from '../../src/core/schema/response-tables';
import { cellText, readTable } from '../../src/core/table';
import { MemoryTables } from '../support/memory-tables';
import { corpus, dt, toRaw } from '../support/hostile-corpus';

/** The hostile corpus through the whole pipeline: no throw, no formula in a cell, no raw response lost. */

describe('hostile responses through handleFormSubmit', () => {
  const tables = new MemoryTables();
  const ports = {
    tables,
    clock: { now: () => new Date(Date.UTC(2021, 9, 5, 1, 0)) },
    lock: { withLock: <T>(_ms: number, fn: () => T): T => fn() },
    log: { info: () => undefined, error: () => undefined },
  };
  setup(ports, { plan: 'seed', sample: true });
  const closedAt: Partial<Record<FormId, LocalDateTime>> = {};
  for (const [form, iso] of Object.entries(corpus.context.closedAt)) closedAt[form as FormId] = dt(iso!);

  const ids = new Map<string, RawResponse>();
  for (const entry of corpus.responses) {
    it(entry.name, () => {
      const raw = toRaw(entry);
      const deliveries = entry.deliverTwice ? 2 : 1;
      for (let i = 0; i < deliveries; i++) {
        const outcome = handleFormSubmit(ports, { formId: entry.form, raw, source: 'JSON' }, { closedAt });
        if (!ids.has(outcome.responseId)) ids.set(outcome.responseId, raw);
        if (i > 0) expect(outcome.status).toBe('duplicate');
        // Session ids and groups belong to another plan here: only non-training outcomes compare.
        else if (entry.form !== 'training' && outcome.status !== 'duplicate')
          expect(outcome.status === 'flagged' ? 'flagged' : 'clean').toBe(entry.expect.outcome);
      }
      for (const [name, grid] of tables.tabs)
        for (const cell of (grid as Grid).flat())
          if (typeof cell === 'string')
            expect(startsLikeFormula(cell), `${name}: ${cell.slice(0, 30)}`).toBe(false);
    });
  }

  it('kept every response whole in "Phản hồi gốc", each once', () => {
    const rows = readTable(RAW_RESPONSES_TABLE, tables.read(RAW_RESPONSES_TABLE.name)).rows;
    expect(rows.map((r) => cellText(r.cells.responseId)).sort()).toEqual([...ids.keys()].sort());
    for (const row of rows) {
      const raw = ids.get(cellText(row.cells.responseId))!;
      expect(rawResponseFromRecord(row.cells)).toEqual(raw);
    }
  });
});
