import { errorMessage } from '../../core/outbox/classify-error';
import {
  encodeJournals,
  journalsFit,
  SEND_JOURNAL_KEY,
  startJournal,
  type SendJournal,
} from '../../core/outbox/send-journal';
import { catalogue, type Catalogue } from '../../core/i18n/catalogue';
import type { Language } from '../../core/plan';
import type { LogPort, PropertiesPort } from '../../ports';
import { drainLog } from './drain-messages';
import type { BatchItem } from './drain-state';

/** Where the journal's troubles are told, in the drain's language. */
export interface DrainLogger {
  readonly error: (text: (t: DrainTexts) => string) => void;
}
type DrainTexts = Catalogue['outbox']['drain'];

export function drainLogger(log: LogPort, language: Language): DrainLogger {
  const t = catalogue(language).outbox.drain;
  return { error: (text) => log.error(drainLog(language, text(t))) };
}

/**
 * The journal of this batch exists before its marks do. A journal whose facts are not in the
 * sheet yet (one being recovered now, or this run's previous batch) is kept beside it until the
 * write that carries them (the first write of the send loop drops it).
 * Undefined when there is no journal for this batch; then none is left that could be taken
 * for it later — if even that delete fails, this throws, before anything is marked or sent.
 */
export function openJournal(
  properties: PropertiesPort | undefined,
  log: DrainLogger,
  batch: readonly BatchItem[],
  /** Which execution marks the batch (its deadline's id). */
  batchId: string,
  recovered: SendJournal | undefined,
  journalsFound: number,
): SendJournal | undefined {
  if (!properties || batch.length === 0) return undefined;
  let journal: SendJournal | undefined;
  const fresh = startJournal(
    batchId,
    batch.map((b) => b.mail.key),
  );
  const kept = recovered ? [recovered, fresh] : [fresh];
  if (journalsFit(kept)) {
    try {
      properties.set(SEND_JOURNAL_KEY, encodeJournals(kept));
      journal = fresh;
    } catch (error) {
      log.error((t) => t.journalNotWrittenSendAnyway(errorMessage(error)));
    }
  }
  if (!journal && journalsFound > 0) properties.delete(SEND_JOURNAL_KEY);
  return journal;
}

/** The send loop's journal: what is known is kept even when a write fails, the next write carries it. */
export class JournalWriter {
  private broken = false;

  constructor(
    private journal: SendJournal | undefined,
    private readonly properties: PropertiesPort | undefined,
    private readonly log: DrainLogger,
  ) {}

  get current(): SendJournal | undefined {
    return this.journal;
  }

  /** False when the journal could not be written (then nothing more may be sent). */
  write(next: SendJournal): boolean {
    this.journal = next;
    if (!this.properties) return true;
    try {
      this.properties.set(SEND_JOURNAL_KEY, encodeJournals([next]));
      return true;
    } catch (error) {
      this.log.error((t) => t.journalNotWritten(errorMessage(error)));
      return false;
    }
  }

  /** "Started" must be on record before the mailer is called; once a write failed, nothing more is sent. */
  mayStart(next: (journal: SendJournal) => SendJournal): boolean {
    if (this.broken) return false;
    if (this.journal && !this.write(next(this.journal))) this.broken = true;
    return !this.broken;
  }
}

/** Deletes the send journal once what it describes is written; a failure only leaves it stale. */
export function dropJournal(properties: PropertiesPort, log: DrainLogger): void {
  try {
    properties.delete(SEND_JOURNAL_KEY);
  } catch (error) {
    log.error((t) => t.journalNotDeleted(errorMessage(error)));
  }
}
