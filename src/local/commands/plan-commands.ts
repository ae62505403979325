import { existsSync } from 'node:fs';
import { applyPlanImport, previewPlanImport, type PlanImportPreview } from '../../app/plan/import-plan';
import { buildPlanDocument } from '../../app/plan/export-plan';
import { catalogue } from '../../core/i18n/catalogue';
import { readPlanFile, writePlanDocx } from '../plan/plan-files';
import { cannotOpen, cliLanguage, REASONS } from '../runtime/cli-text';
import { Workbook } from '../workbook/workbook';
import { FileProblem, openForUpdate, saveOrExplain } from '../workbook/workbook-file';
import type { RunContext } from './commands';
import { defaultInitFile, lockNewWorkbook } from './commands';
import { localPorts } from './local-ports';

/**
 * `learning-week import PLAN.docx|PLAN.txt [--out FILE.xlsx] [--apply]`: the plan document into
 * a workbook. A new workbook is created with it (nothing to lose). Into an existing one only the
 * changes are printed; --apply writes them, so nothing the principal typed changes unseen.
 * `learning-week plan FILE [--out DIR]`: the school's KẾ HOẠCH as a .docx.
 */

export interface ImportCliOptions {
  readonly out?: string;
  readonly apply: boolean;
}

export interface ImportOutcome {
  readonly file: string;
  readonly preview: PlanImportPreview;
  readonly created: boolean;
  readonly written: boolean;
}

const texts = () => catalogue(cliLanguage()).planDocument.cli;

export async function runImport(
  source: string,
  options: ImportCliOptions,
  ctx: RunContext,
): Promise<ImportOutcome> {
  let text: string | undefined;
  try {
    text = await readPlanFile(source);
  } catch {
    throw new FileProblem(cannotOpen(source, REASONS.missing));
  }
  if (text === undefined) throw new FileProblem(texts().badFile(source));
  const fallbackYear = ctx.clock.now().getUTCFullYear();
  const language = cliLanguage();
  const importOptions = { fallbackYear, language };
  const guess = options.out;
  if (guess !== undefined && existsSync(guess)) {
    const { workbook, release, lock } = await openForUpdate(guess);
    try {
      const ports = localPorts(workbook, guess, ctx.clock, ctx.verbose, lock);
      if (!options.apply) {
        return {
          file: guess,
          preview: previewPlanImport(ports, text, importOptions),
          created: false,
          written: false,
        };
      }
      const preview = applyPlanImport(ports, text, importOptions);
      if (!preview.unchanged) await saveOrExplain(workbook, guess);
      return { file: guess, preview, created: false, written: !preview.unchanged };
    } finally {
      release();
    }
  }
  const preview0 = previewPlanImport({ tables: Workbook.create() }, text, importOptions);
  const file = guess ?? defaultInitFile(preview0.imported.year);
  if (existsSync(file)) return runImport(source, { ...options, out: file }, ctx);
  const { lock, release } = lockNewWorkbook(file);
  try {
    const workbook = Workbook.create();
    const preview = applyPlanImport(
      localPorts(workbook, file, ctx.clock, ctx.verbose, lock),
      text,
      importOptions,
    );
    await saveOrExplain(workbook, file);
    return { file, preview, created: true, written: true };
  } finally {
    release();
  }
}

export function printImport(outcome: ImportOutcome, command: string, ctx: RunContext): void {
  const t = texts();
  const findings = outcome.preview.imported.findings;
  if (findings.length > 0) {
    ctx.out(t.findings(findings.length));
    for (const f of findings) ctx.out(`  • ${f.text}`);
    ctx.out('');
  }
  if (outcome.created) {
    ctx.out(t.created(outcome.file, outcome.preview.imported.activities.length));
    return;
  }
  if (outcome.preview.changes.length > 0) {
    ctx.out(t.preview);
    for (const line of outcome.preview.changes) ctx.out(`  ${line}`);
  }
  ctx.out(outcome.preview.summary);
  if (outcome.written) ctx.out(t.applied(outcome.file));
  else if (!outcome.preview.unchanged) ctx.out(t.applyHint(command));
}

/** Reads the workbook (under its lock, writing nothing) and writes the plan's .docx; undefined without the week. */
export async function runPlanExport(
  file: string,
  options: { readonly dir?: string },
  ctx: RunContext,
): Promise<string | undefined> {
  const { workbook, release } = await openForUpdate(file);
  let model;
  try {
    model = buildPlanDocument({ tables: workbook, clock: ctx.clock });
  } finally {
    release();
  }
  if (!model) return undefined;
  return writePlanDocx(model, options.dir);
}

export const planTexts = texts;
