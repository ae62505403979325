import type { LocalDateTime } from '../../core/cell';
import { catalogue } from '../../core/i18n/catalogue';
import { formatDayDateTime } from '../../core/i18n/dates';
import { groupedInteger } from '../../core/i18n/numbers';
import { sameKey } from '../../core/outbox/ledger-rows';
import type { LedgerRow, OutboxEntry } from '../../core/outbox/entry';
import type { Language } from '../../core/plan';
import type { TablesPort } from '../../ports';
import { loadOutbox } from './outbox-store';
import { sendForecast, type SendForecast } from './send-forecast';

/**
 * The outbox's outlook for the organiser's evening note: how much mail waits and when the last
 * of it should go under the quota (send-forecast.ts). `left`: what the quota has left now, as
 * the runtime read it (undefined: it could not tell, so nothing is counted on); `coming`: a mail
 * about to be queued in this run (the note itself), counted where it will stand.
 */
export function mailOutlook(
  tables: TablesPort,
  now: LocalDateTime,
  left: number | undefined,
  language: Language,
  coming?: OutboxEntry,
): string[] {
  const rows: LedgerRow[] = [...loadOutbox(tables).ledger.rows];
  if (coming && !rows.some((r) => sameKey(r.entry.key) === sameKey(coming.key)))
    rows.push({ row: Number.MAX_SAFE_INTEGER, entry: coming });
  return outlookLines(sendForecast(rows, now, left ?? 0), language);
}

export function outlookLines(forecast: SendForecast, language: Language): string[] {
  const t = catalogue(language).outbox.outlook;
  const n = (value: number): string => groupedInteger(value, language);
  const lines: string[] = [];
  if (forecast.mails === 0) lines.push(t.nothingWaiting);
  else if (forecast.unknown || !forecast.lastAt)
    lines.push(t.unknown(n(forecast.mails), n(forecast.recipients)));
  else if (forecast.windows === 0) lines.push(t.allNow(n(forecast.mails), n(forecast.recipients)));
  else
    lines.push(
      t.lastAt(
        n(forecast.mails),
        n(forecast.recipients),
        formatDayDateTime(forecast.lastAt, language),
        n(forecast.windows),
      ),
    );
  if (forecast.tooLate > 0) lines.push(t.tooLate(n(forecast.tooLate)));
  return lines;
}
