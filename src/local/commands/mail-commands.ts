import type { DrainResult } from '../../app/outbox/drain-outbox';
import { mailReserve } from '../../app/jobs/mail-reserve';
import { plannedReminderRun } from '../../app/jobs/reminder-timing';
import { loadOutbox } from '../../app/outbox/outbox-store';
import { sendInvitations, type SendInvitationsResult } from '../../app/outbox/send-invitations';
import { catalogue } from '../../core/i18n/catalogue';
import { formatShortDate, formatTime } from '../../core/i18n/dates';
import type { LocalDateTime } from '../../core/cell';
import { outboxStatus } from '../../core/outbox/status';
import type { OutboxState } from '../../core/outbox/entry';
import { OUTBOX_STATES } from '../../core/schema/outbox-table';
import type { DrainCliOptions } from './cli-args';
import type { RunContext } from './commands';
import { localPorts } from './local-ports';
import { checkOutputFolder } from './output-folder';
import { smtpProblem } from '../mail/smtp-check';
import { smtpSettingFrom } from '../mail/smtp-url';
import { drainLocally, RememberedContinuation } from '../mail/mail-runtime';
import { cliLanguage, cliText } from '../runtime/cli-text';
import { textTable } from '../runtime/text-table';
import { FileProblem, openForUpdate, saveOrExplain } from '../workbook/workbook-file';

/** invite: queues the invitations into the workbook's outbox (sending is `drain`'s job). */
export async function runInvite(
  file: string,
  families: boolean,
  ctx: RunContext,
): Promise<SendInvitationsResult> {
  const { workbook, release, lock } = await openForUpdate(file);
  try {
    const result = sendInvitations(localPorts(workbook, file, ctx.clock, ctx.verbose, lock), { families });
    if (result.queued > 0) await saveOrExplain(workbook, file);
    return result;
  } finally {
    release();
  }
}

export function printInvite(result: SendInvitationsResult, ctx: RunContext): void {
  const t = cliText().invite;
  ctx.out(t.queued(result.queued));
  ctx.out(t.alreadyQueued(result.alreadyQueued));
  ctx.out(sentence(result.message));
}

export interface DrainRun {
  result: DrainResult;
  /** Where .eml files went; undefined when sent by SMTP. */
  mailDir?: string;
  /** When the drain should run again (a remembered continuation), if at all. */
  nextAt?: Date;
}

/**
 * drain: sends what is due under the daily limit. The workbook is saved with the 'đang gửi'
 * marks before any mail leaves (so a crash cannot lead to a second send) and with the results
 * after.
 */
export async function runDrain(file: string, options: DrainCliOptions, ctx: RunContext): Promise<DrainRun> {
  const smtp = smtpSettingFrom(options.smtp);
  if ('problem' in smtp) throw new FileProblem(smtp.problem);
  const smtpUrl = smtp.url;
  const mailDir = options.out ?? 'out/mail';
  // The .eml files and the day's count live there, even when mail goes by SMTP.
  checkOutputFolder(mailDir);
  if (smtpUrl) {
    const problem = await smtpProblem(smtpUrl);
    if (problem) throw new FileProblem(problem);
  }
  const { workbook, release, lock } = await openForUpdate(file);
  try {
    const ports = localPorts(workbook, file, ctx.clock, ctx.verbose, lock);
    const save = (): Promise<void> => saveOrExplain(workbook, file);
    const result = await drainLocally(
      {
        tables: workbook,
        clock: ports.clock,
        log: ports.log,
        properties: ports.properties,
        lock: ports.lock,
      },
      {
        ...(smtpUrl ? { smtpUrl } : { outDir: mailDir }),
        ...(options.dailyLimit !== undefined ? { dailyLimit: options.dailyLimit } : {}),
        // Invitations leave room for the reminders and confirmations the window will need.
        reserve: (untilMs) =>
          mailReserve({ tables: workbook, clock: ports.clock, properties: ports.properties }, untilMs),
        wakeAt: () => plannedReminderRun(ports.properties),
        save,
      },
    );
    if (result.ran) await save();
    const nextAt = new RememberedContinuation(ports.properties, () => ctx.clock.now()).pendingAt();
    return { result, ...(smtpUrl ? {} : { mailDir }), ...(nextAt ? { nextAt } : {}) };
  } finally {
    release();
  }
}

export function printDrain(run: DrainRun, ctx: RunContext): void {
  const t = cliText().drain;
  const r = run.result;
  ctx.out(t.sent(r.sent));
  ctx.out(t.deferred(r.deferred));
  ctx.out(t.failed(r.failed));
  ctx.out(t.retrying(r.retrying));
  ctx.out(t.needsReview(r.needsReview));
  if (r.recovered > 0) ctx.out(t.recovered(r.recovered));
  ctx.out(t.remaining(r.remaining));
  if (run.mailDir && r.sent > 0) ctx.out(t.emlWritten(run.mailDir));
  ctx.out(sentence(r.message));
}

/** The use cases' messages start in lower case (they are also shown mid-sentence in toasts). */
const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** outbox: the ledger as a table and the count per state, in the CLI's language. */
export async function runOutbox(file: string): Promise<string[]> {
  const { workbook, release } = await openForUpdate(file, 'read');
  try {
    const language = cliLanguage();
    const t = catalogue(language).cli.outbox;
    // The states are the sheet's words: shown as an English sheet shows them.
    const state = (s: OutboxState): string => catalogue(language).sheet.choices[s];
    const ledger = loadOutbox(workbook).ledger;
    const status = outboxStatus(ledger, language);
    const rows = ledger.rows.map(({ row, entry }) => [
      String(row),
      entry.key,
      entry.recipients.join(', '),
      state(entry.state),
      String(entry.attempts),
      entry.nextAttempt ? when(entry.nextAttempt) : '',
      entry.doneAt ? when(entry.doneAt) : '',
      entry.lastError ?? '',
    ]);
    const lines = [
      ...textTable(t.headers, rows),
      '',
      ...textTable(
        t.stateHeaders,
        OUTBOX_STATES.map((s) => [state(s), String(status.byState[s])]),
      ),
    ];
    for (const f of ledger.findings) {
      lines.push(t.damagedRow(String(f.row ?? '?'), f.code));
    }
    lines.push('', t.total(status.line));
    return lines;
  } finally {
    release();
  }
}

const when = (t: LocalDateTime): string => `${formatShortDate(t)} ${formatTime(t)}`;
