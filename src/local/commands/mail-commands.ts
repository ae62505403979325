import type { DrainResult } from '../../app/outbox/drain-outbox';
import { loadOutbox } from '../../app/outbox/outbox-store';
import { sendInvitations, type SendInvitationsResult } from '../../app/outbox/send-invitations';
import { formatShortDate, formatTime } from '../../core/i18n/dates';
import type { LocalDateTime } from '../../core/cell';
import { outboxStatus } from '../../core/outbox/status';
import { OUTBOX_STATES } from '../../core/schema/outbox-table';
import type { DrainCliOptions } from './cli-args';
import type { RunContext } from './commands';
import { localPorts } from './local-ports';
import { smtpUrlFrom } from '../mail/local-mail';
import { drainLocally, RememberedContinuation } from '../mail/mail-runtime';
import { textTable } from '../runtime/text-table';
import { openForUpdate, saveOrExplain } from '../workbook/workbook-file';

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
  ctx.out(`Thư mời mới xếp vào Hộp thư đi: ${result.queued}`);
  ctx.out(`Thư mời đã có từ trước (không xếp lại): ${result.alreadyQueued}`);
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
  const smtpUrl = smtpUrlFrom(options.smtp);
  const { workbook, release, lock } = await openForUpdate(file);
  try {
    const ports = localPorts(workbook, file, ctx.clock, ctx.verbose, lock);
    const save = (): Promise<void> => saveOrExplain(workbook, file);
    const mailDir = options.out ?? 'out/mail';
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
  const r = run.result;
  ctx.out(`Đã gửi: ${r.sent}`);
  ctx.out(`Hoãn sang ngày mai (hết hạn mức hôm nay): ${r.deferred}`);
  ctx.out(`Thất bại: ${r.failed}`);
  ctx.out(`Lỗi tạm thời, sẽ thử lại: ${r.retrying}`);
  ctx.out(`Cần kiểm tra: ${r.needsReview}`);
  if (r.recovered > 0)
    ctx.out(`Lần gửi trước bị ngắt: ${r.recovered} thư đã được xác định lại theo nhật ký gửi`);
  ctx.out(`Còn chờ gửi trong Hộp thư đi: ${r.remaining}`);
  if (run.mailDir && r.sent > 0) ctx.out(`Thư đã ghi thành tệp .eml trong ${run.mailDir}`);
  ctx.out(sentence(r.message));
}

/** The use cases' messages start in lower case (they are also shown mid-sentence in toasts). */
const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** outbox: the ledger as a table (Vietnamese headers) and the count per state. */
export async function runOutbox(file: string): Promise<string[]> {
  const { workbook, release } = await openForUpdate(file);
  try {
    const ledger = loadOutbox(workbook).ledger;
    const status = outboxStatus(ledger);
    const rows = ledger.rows.map(({ row, entry }) => [
      String(row),
      entry.key,
      entry.recipients.join(', '),
      entry.state,
      String(entry.attempts),
      entry.nextAttempt ? when(entry.nextAttempt) : '',
      entry.doneAt ? when(entry.doneAt) : '',
      entry.lastError ?? '',
    ]);
    const lines = [
      ...textTable(
        [
          'Dòng',
          'Mã thư',
          'Người nhận',
          'Trạng thái',
          'Số lần thử',
          'Thử lại lúc',
          'Xong lúc',
          'Lỗi gần nhất',
        ],
        rows,
      ),
      '',
      ...textTable(
        ['Trạng thái', 'Số thư'],
        OUTBOX_STATES.map((state) => [state, String(status.byState[state])]),
      ),
    ];
    for (const f of ledger.findings) {
      lines.push(
        `Dòng ${f.row ?? '?'} của Hộp thư đi bị hỏng (${f.code}): bỏ qua, hãy sửa hoặc xóa dòng này.`,
      );
    }
    lines.push('', `Tổng cộng: ${status.line}.`);
    return lines;
  } finally {
    release();
  }
}

const when = (t: LocalDateTime): string => `${formatShortDate(t)} ${formatTime(t)}`;
