import { cellText } from '../../core/table';
import type { Language } from '../../core/plan';
import type { TablesPort } from '../../ports';
import { describeFinding } from './drain-messages';
import type { LoadedOutbox } from './outbox-store';

const COPY_CODES = new Set(['outbox.key-duplicate', 'outbox.key-variant']);

/**
 * A row whose key repeats an earlier row's (the same, or differing only in letter case or
 * spaces) is never sent; its "Lỗi gần nhất" says why, so the principal sees it in the ledger
 * and not only in the log. Written once: a cell that already says so is left alone.
 */
export function flagCopies(tables: TablesPort, store: LoadedOutbox, language: Language): void {
  const col = store.header.index.lastError;
  if (store.tabName === undefined || store.broken || col === undefined) return;
  for (const f of store.ledger.findings) {
    if (!COPY_CODES.has(f.code) || f.row === undefined) continue;
    const reason = describeFinding(f, language);
    if (cellText(store.grid[f.row - 1]?.[col] ?? null) === reason) continue;
    tables.write(store.tabName, f.row - 1, col, [[reason]]);
  }
}
