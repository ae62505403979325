import { existsSync, readFileSync } from 'node:fs';
import { purgePersonalData, type PurgeResult } from '../../app/privacy/purge-personal-data';
import { backupPathOf, writeFileAtomic } from '../files/atomic-write';
import type { RunContext } from './commands';
import { cliText } from '../runtime/cli-text';
import { localPorts } from './local-ports';
import { openForUpdate, saveOrExplain } from '../workbook/workbook-file';

/**
 * purge: replaces the families' personal data once the retention period has passed (the same
 * use case as the daily Apps Script trigger); `--dry-run` only says what would go. The workbook
 * is saved atomically only when something changed; the save keeps the previous file as
 * FILE.bak, which would still hold the data just purged, so the backup is then replaced by the
 * purged workbook too.
 */
export async function runPurge(
  file: string,
  options: { dryRun: boolean },
  ctx: RunContext,
): Promise<PurgeResult> {
  const { workbook, release, lock } = await openForUpdate(file, options.dryRun ? 'read' : 'write');
  try {
    const ports = localPorts(workbook, file, ctx.clock, ctx.verbose, lock);
    const result = purgePersonalData(ports, { dryRun: options.dryRun });
    if (result.status === 'purged' && !options.dryRun) {
      await saveOrExplain(workbook, file);
      if (existsSync(backupPathOf(file))) writeFileAtomic(backupPathOf(file), readFileSync(file));
    }
    return result;
  } finally {
    release();
  }
}

export function printPurge(result: PurgeResult, file: string, ctx: RunContext): void {
  const t = cliText().purge;
  ctx.out(result.message);
  if (result.status !== 'purged') return;
  if (result.dryRun) {
    ctx.out(t.wouldDelete);
    for (const line of result.lines) ctx.out(`  • ${line}`);
    ctx.out(t.runAgain(`learning-week purge ${/\s/.test(file) ? `"${file}"` : file}`));
    return;
  }
  ctx.out(t.backupReplaced(backupPathOf(file)));
}
