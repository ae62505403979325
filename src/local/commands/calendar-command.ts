import { join } from 'node:path';
import { queueReminders, type ReminderResult } from '../../app/calendar/reminders';
import type { RunContext } from './commands';
import { cliText } from '../runtime/cli-text';
import { BufferedProperties, syncLocalCalendar, type LocalSyncResult } from '../calendar/local-calendar';
import { localPorts } from './local-ports';
import { checkOutputFolder } from './output-folder';
import { openForUpdate, saveOrExplain } from '../workbook/workbook-file';

/** Where `sync` writes the .ics files by default. */
export const CALENDAR_DIR = join('out', 'calendar');

/**
 * sync: the .ics files and the invitation mails (queued; `drain` sends them). The workbook is
 * saved first, the calendar's known state after it: a failed save leaves the next run to redo
 * the same changes under the same keys, never to skip their mails.
 */
export async function runSync(
  file: string,
  options: { dryRun: boolean; out?: string },
  ctx: RunContext,
): Promise<LocalSyncResult> {
  if (!options.dryRun) checkOutputFolder(options.out ?? CALENDAR_DIR);
  const { workbook, release, lock } = await openForUpdate(file, options.dryRun ? 'read' : 'write');
  try {
    const ports = localPorts(workbook, file, ctx.clock, ctx.verbose, lock);
    const properties = new BufferedProperties(ports.properties);
    const result = await syncLocalCalendar(
      { tables: workbook, clock: ctx.clock, properties },
      options.out ?? CALENDAR_DIR,
      { dryRun: options.dryRun },
    );
    if (result.mailsQueued > 0) await saveOrExplain(workbook, file);
    properties.commit();
    return result;
  } finally {
    release();
  }
}

export function printSync(result: LocalSyncResult, dryRun: boolean, ctx: RunContext): void {
  const t = cliText().sync;
  const f = result.files;
  if (dryRun || !f.ran) {
    if (dryRun) ctx.out(t.preview);
    for (const line of f.preview) ctx.out(`  • ${line}`);
    ctx.out(f.message);
    return;
  }
  ctx.out(f.message);
  ctx.out(t.events(f.events, f.guests, f.cancelled));
  // The week's feed is the last file written.
  ctx.out(t.weekFeed(f.files[f.files.length - 1] ?? ''));
  ctx.out(t.mailsQueued(result.mailsQueued, result.mailsAlreadyQueued));
}

/** reminders: the next day's reminder mails, queued (at --now, or now). */
export async function runReminders(file: string, ctx: RunContext): Promise<ReminderResult> {
  const { workbook, release, lock } = await openForUpdate(file);
  try {
    const ports = localPorts(workbook, file, ctx.clock, ctx.verbose, lock);
    const result = queueReminders(ports, ctx.clock.now());
    if (result.queued > 0) await saveOrExplain(workbook, file);
    return result;
  } finally {
    release();
  }
}
