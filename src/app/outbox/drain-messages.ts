import type { Finding } from '../../core/findings';
import { catalogue } from '../../core/i18n/catalogue';
import type { Language } from '../../core/plan';
import { formatDayDateTime } from '../../core/i18n/dates';
import { toWallClock } from '../../core/time-zone';
import type { DrainResult } from './drain-types';

export function describeFinding(f: Finding, language: Language): string {
  const t = catalogue(language).outbox.drain;
  switch (f.code) {
    case 'outbox.key-missing':
      return t.keyMissing;
    case 'outbox.key-duplicate':
      return t.keyDuplicate(String(f.params.key));
    case 'outbox.key-variant':
      return t.keyVariant(String(f.params.key), String(f.params.first), String(f.params.firstRow));
    case 'outbox.state-unknown':
      return t.stateUnknown(String(f.params.state));
    case 'header.missing':
      return t.headerMissing(String(f.params.header));
    default:
      return f.code;
  }
}

export function summarise(r: Omit<DrainResult, 'message'>, language: Language, timeZone: string): string {
  const t = catalogue(language).outbox.drain;
  const parts = [t.sent(r.sent)];
  if (r.deferred > 0) parts.push(t.deferred(r.deferred));
  if (r.retrying > 0) parts.push(t.retrying(r.retrying));
  if (r.failed > 0) parts.push(t.failed(r.failed));
  if (r.tooLate > 0) parts.push(t.tooLate(r.tooLate));
  if (r.needsReview > 0) parts.push(t.needsReview(r.needsReview));
  if (r.recovered > 0) parts.push(t.recovered(r.recovered));
  parts.push(t.remaining(r.remaining));
  if (r.remaining > 0 && r.lastMailAt)
    parts.push(t.lastMailAt(formatDayDateTime(toWallClock(r.lastMailAt, timeZone), language)));
  if (r.stoppedForTime) parts.push(t.stoppedForTime);
  return `${parts.join('; ')}.`;
}

/** A line of the drain's log: "Hộp thư đi: …". */
export const drainLog = (language: Language, text: string): string =>
  `${catalogue(language).outbox.logPrefix}: ${text}`;
