import { enqueueEntries, loadOutbox } from '../../src/app/outbox/outbox-store';
import { localDateTime } from '../../src/core/cell';
import { mailEntry } from '../../src/core/outbox/enqueue';
import type { OutboxEntry } from '../../src/core/outbox/entry';
import type { TablesPort } from '../../src/ports';
import type { MemoryTables } from './memory-tables';

/** `n` invitation entries, one recipient each, queued into the ledger tab. */
export function queueInvitations(tables: TablesPort, n: number, start = 0): OutboxEntry[] {
  const now = localDateTime(2021, 9, 28, 8, 0);
  const entries = Array.from({ length: n }, (_, k) => {
    const i = start + k;
    const id = `NS${String(i + 1).padStart(4, '0')}`;
    return mailEntry(
      {
        key: `invite-mail:${id}:2021`,
        to: [`gv${i + 1}@truong.example`],
        mail: { subject: `Thư mời ${id}`, text: `Kính gửi ${id}`, html: `<p>Kính gửi ${id}</p>` },
        replyTo: 'hieutruong@truong.example',
        senderName: 'Trường Mầm non 20/10',
      },
      now,
    );
  });
  enqueueEntries(tables, entries);
  return entries;
}

/** State of every ledger row by key, as the principal sees it. */
export function statesByKey(tables: TablesPort): Record<string, string> {
  return Object.fromEntries(loadOutbox(tables).ledger.rows.map((r) => [r.entry.key, r.entry.state]));
}

export function entryByKey(tables: TablesPort, key: string): OutboxEntry | undefined {
  return loadOutbox(tables).ledger.rows.find((r) => r.entry.key === key)?.entry;
}

/** Sets one cell of the ledger as a principal typing in the sheet would. */
export function editLedgerCell(
  tables: MemoryTables,
  key: string,
  header: string,
  value: string | null,
): void {
  const grid = tables.tabs.get('Hộp thư đi')!;
  const col = grid[0]!.indexOf(header);
  const row = grid.findIndex((line) => line[grid[0]!.indexOf('Khóa')] === key);
  grid[row]![col] = value;
}
