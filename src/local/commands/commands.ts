import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { setup, type SetupResult } from '../../app/plan/setup';
import { validatePlan, type ValidationReport } from '../../app/plan/validate-plan';
import { LockUnavailableError, type ClockPort } from '../../ports';
import type { InitOptions } from './cli-args';
import { alreadyExists, cannotOpen, cannotSave, REASONS } from '../runtime/cli-text';
import { FileLock, lockPathOf } from '../files/file-lock';
import { localPorts } from './local-ports';
import { formatFindings } from './print-findings';
import { Workbook } from '../workbook/workbook';
import { FileProblem, openForUpdate, reasonFor, saveOrExplain, shownFolder } from '../workbook/workbook-file';
import { writeDenied } from '../files/writable';

export interface RunContext {
  clock: ClockPort;
  verbose: boolean;
  out: (line: string) => void;
}

export const defaultInitFile = (year: number | undefined): string => `learning-week-${year ?? 2021}.xlsx`;

/** init: the default plan (or a blank one) in a new workbook, saved atomically. */
export async function runInit(
  options: InitOptions,
  ctx: RunContext,
): Promise<{ file: string; result: SetupResult; tabs: string[] }> {
  const file = options.out ?? defaultInitFile(options.year);
  if (existsSync(file) && !options.force) throw new FileProblem(alreadyExists(file));
  const { release } = lockNewWorkbook(file);
  try {
    const workbook = Workbook.create();
    const ports = localPorts(workbook, file, ctx.clock, ctx.verbose);
    const result = setup(ports, {
      plan: options.blank ? 'blank' : 'seed',
      year: options.year,
      school: options.school,
      theme: options.theme,
      start: options.start,
      sample: options.sample,
      ...(options.language ? { language: options.language } : {}),
    });
    await saveOrExplain(workbook, file);
    return { file, result, tabs: workbook.tableNames() };
  } finally {
    release();
  }
}

/**
 * Before init writes anything: a file it may replace (read-only means read-only, --force or
 * not) and a folder it may write into, created if need be. Each refusal names the file.
 */
function checkNewFile(file: string): void {
  try {
    if (writeDenied(file)) throw new FileProblem(cannotSave(file, REASONS.readOnlyFile));
    const folder = dirname(resolve(file));
    if (writeDenied(folder))
      throw new FileProblem(cannotSave(file, REASONS.readOnlyFolder(shownFolder(folder))));
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    if (error instanceof FileProblem) throw error;
    throw new FileProblem(cannotSave(file, reasonFor(error, file)));
  }
}

/** validate: findings written into the file (atomically), printed grouped by tab. */
export async function runValidate(file: string, ctx: RunContext): Promise<ValidationReport> {
  const { workbook, release } = await openForUpdate(file);
  try {
    const report = validatePlan(localPorts(workbook, file, ctx.clock, ctx.verbose));
    await saveOrExplain(workbook, file);
    return report;
  } finally {
    release();
  }
}

export function printReport(report: ValidationReport, ctx: RunContext): void {
  for (const line of formatFindings(report.findings)) ctx.out(line);
  if (report.findings.length > 0) ctx.out('');
  ctx.out(report.summary);
}

/**
 * The folder of a workbook about to be created (checked writable, made if need be), and its
 * lock: a second run on the same file is told, not raced.
 */
export function lockNewWorkbook(file: string): { lock: FileLock; release: () => void } {
  checkNewFile(file);
  const lock = new FileLock(lockPathOf(file));
  try {
    return { lock, release: lock.acquire(2_000) };
  } catch (error) {
    if (error instanceof LockUnavailableError)
      throw new FileProblem(cannotOpen(file, REASONS.locked(lock.path)));
    throw new FileProblem(cannotSave(file, reasonFor(error, file)));
  }
}
