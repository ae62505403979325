import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runBench } from './bench/bench';
import { type Command, parseCommand } from './commands/cli-args';
import { printSync, runReminders, runSync } from './commands/calendar-command';
import { cliText, useCliLanguage } from './runtime/cli-text';
import { fixedClock, parseNow, systemClock } from './runtime/clock';
import { printReport, runInit, runValidate, type RunContext } from './commands/commands';
import { printPurge, runPurge } from './commands/purge-command';
import { printDemo, runDemo } from './commands/demo';
import { sampleResponses } from '../core/seed/sample-responses';
import { SCHOOL_TIME_ZONE, toWallClock } from '../core/time-zone';
import { readFormSpecs, runFormPreviews } from './commands/forms-command';
import { printDrain, printInvite, runDrain, runInvite, runOutbox } from './commands/mail-commands';
import { parseReportAt, reportLines, runReport } from './commands/report-command';
import { printRespond, runRespond } from './commands/respond-command';
import { planTexts, printImport, runImport, runPlanExport } from './commands/plan-commands';
import { failureLine } from './commands/error-boundary';
import { announceLines, runAnnounce } from './commands/announce-command';
import { runDashboard } from './commands/dashboard-command';
import { takeHeldErrors } from './runtime/console-log';
import { isInteractive, playWeek, weekOptions } from './commands/week-command';

/** Exit codes: 0 done, 1 the plan has errors (validate; invite when Settings are unusable), 2 bad usage or unusable file. */
export const EXIT = { ok: 0, planHasErrors: 1, failure: 2 } as const;

/** The `learning-week` command (bin/learning-week.js calls this after the build). */
export async function main(argv: string[]): Promise<number> {
  const command = parseCommand(argv);
  const usage = argv[0] === 'week' ? cliText().weekUsage : cliText().usage;
  if (command.kind === 'help') {
    console.log(usage);
    return EXIT.ok;
  }
  if (command.kind === 'usage') {
    console.error(command.reason);
    if (!command.alone) {
      console.error('');
      console.error(usage);
    }
    return EXIT.failure;
  }
  const ctx = context(command);
  if (typeof ctx === 'string') {
    console.error(ctx);
    return EXIT.failure;
  }
  try {
    const status = await run(command, ctx);
    for (const line of takeHeldErrors()) console.error(line);
    return status;
  } catch (error) {
    // Every command's one error boundary: one line, exit 2; the rest only when asked for.
    const held = takeHeldErrors();
    console.error(failureLine(error));
    if (ctx.verbose) {
      for (const line of held) console.error(line);
      if (error instanceof Error && error.stack) console.error(error.stack);
    }
    return EXIT.failure;
  }
}

function context(command: Exclude<Command, { kind: 'help' | 'usage' }>): RunContext | string {
  let clock = systemClock;
  if (command.common.now !== undefined) {
    const instant = parseNow(command.common.now);
    if (!instant) return cliText().badNow(command.common.now);
    clock = fixedClock(instant);
  }
  return { clock, verbose: command.common.verbose, out: (line) => console.log(line) };
}

async function run(command: Exclude<Command, { kind: 'help' | 'usage' }>, ctx: RunContext): Promise<number> {
  switch (command.kind) {
    case 'init': {
      // The new sheet's language is the output's too, as for a workbook that has been read.
      if (command.options.language) useCliLanguage(command.options.language);
      const { file, result, tabs } = await runInit(command.options, ctx);
      const text = cliText().init;
      ctx.out(text.created(file, tabs.length, result.activities, result.people, result.families));
      ctx.out(text.next(quote(file)));
      return EXIT.ok;
    }
    case 'validate': {
      const report = await runValidate(command.file, ctx);
      printReport(report, ctx);
      return report.errors > 0 ? EXIT.planHasErrors : EXIT.ok;
    }
    case 'demo': {
      printDemo(await runDemo(ctx, sampleResponses, command.language), ctx);
      // The demo shows the product; the plan's findings are its to-do list, not a failure.
      return EXIT.ok;
    }
    case 'week': {
      await playWeek(weekOptions(command.options, isInteractive()), ctx.out);
      return EXIT.ok;
    }
    case 'invite': {
      const result = await runInvite(command.file, command.families, ctx);
      printInvite(result, ctx);
      // Not run: Settings lack what an invitation needs (the message says so), as validate's 1.
      return result.ran ? EXIT.ok : EXIT.planHasErrors;
    }
    case 'drain': {
      printDrain(await runDrain(command.file, command.options, ctx), ctx);
      return EXIT.ok;
    }
    case 'outbox': {
      for (const line of await runOutbox(command.file)) ctx.out(line);
      return EXIT.ok;
    }
    case 'respond': {
      const options = command.dateOrder ? { dateOrder: command.dateOrder } : {};
      const run = await runRespond(command.file, command.formId, command.source, ctx, options);
      printRespond(run, ctx);
      // Rows kept for review instead of recorded: a person must look, as validate's 1.
      return run.kept.length + run.keptBefore > 0 ? EXIT.planHasErrors : EXIT.ok;
    }
    case 'forms': {
      if (command.format === 'json') {
        ctx.out(JSON.stringify(await readFormSpecs(command.file), null, 2));
        return EXIT.ok;
      }
      const written = await runFormPreviews(command.file, command.format, command.out, ctx);
      ctx.out(cliText().forms.written(written.length));
      for (const path of written) ctx.out(`  ${path}`);
      ctx.out(cliText().forms.linked(command.file));
      return EXIT.ok;
    }
    case 'sync': {
      const result = await runSync(
        command.file,
        { dryRun: command.dryRun, ...(command.out !== undefined ? { out: command.out } : {}) },
        ctx,
      );
      printSync(result, command.dryRun, ctx);
      // Settings or the Activities tab unusable: nothing was written, as validate's 1.
      return result.files.ran ? EXIT.ok : EXIT.planHasErrors;
    }
    case 'reminders': {
      const result = await runReminders(command.file, ctx);
      ctx.out(result.message);
      if (result.queued > 0) ctx.out(cliText().reminders.drainHint);
      return result.ran ? EXIT.ok : EXIT.planHasErrors;
    }
    case 'purge': {
      const result = await runPurge(command.file, { dryRun: command.dryRun }, ctx);
      printPurge(result, command.file, ctx);
      // Settings without the week: nobody can tell when the period ends, as validate's 1.
      return result.status === 'no-settings' ? EXIT.planHasErrors : EXIT.ok;
    }
    case 'report': {
      const at = command.at === undefined ? undefined : parseReportAt(command.at);
      if (command.at !== undefined && !at) {
        console.error(cliText().badAt(command.at));
        return EXIT.failure;
      }
      const { model, written } = await runReport(
        command.file,
        {
          ...(at ? { at } : {}),
          ...(command.pdf ? { pdf: true } : {}),
          ...(command.out !== undefined ? { dir: command.out } : {}),
        },
        ctx,
      );
      for (const line of reportLines(model, written)) ctx.out(line);
      // No LibreOffice for --pdf: the .docx was written and the hint printed; not a failure.
      return EXIT.ok;
    }
    case 'import': {
      const outcome = await runImport(
        command.source,
        { ...(command.out !== undefined ? { out: command.out } : {}), apply: command.apply },
        ctx,
      );
      printImport(outcome, `learning-week import ${quote(command.source)} --out ${quote(outcome.file)}`, ctx);
      return EXIT.ok;
    }
    case 'plan': {
      const path = await runPlanExport(
        command.file,
        command.out !== undefined ? { dir: command.out } : {},
        ctx,
      );
      if (!path) {
        console.error(planTexts().noSettings);
        return EXIT.planHasErrors;
      }
      ctx.out(planTexts().written(path));
      return EXIT.ok;
    }
    case 'announce': {
      const kit = await runAnnounce(command.file, command.out, ctx);
      if (!kit) {
        console.error(planTexts().noSettings);
        return EXIT.planHasErrors;
      }
      for (const line of announceLines(kit)) ctx.out(line);
      return EXIT.ok;
    }
    case 'dashboard':
      ctx.out(await runDashboard(command.file, command.out, ctx));
      return EXIT.ok;
    case 'commend': {
      const { commendLines, runCommend } = await import('./commands/commend-command');
      const outcome = await runCommend(
        command.file,
        {
          ...(command.out !== undefined ? { out: command.out } : {}),
          pdf: command.pdf,
          mail: command.mail,
          sent: command.sent,
        },
        ctx,
      );
      if (!outcome) {
        console.error(planTexts().noSettings);
        return EXIT.planHasErrors;
      }
      for (const line of commendLines(outcome)) ctx.out(line);
      return EXIT.ok;
    }
    case 'district-collect': {
      // Loaded here: the Google client costs time at start that no other command should pay.
      const { collectDistrict } = await import('./google/district-collect');
      const at = toWallClock(ctx.clock.now(), SCHOOL_TIME_ZONE);
      return collectDistrict(
        {
          list: command.list,
          out: command.out ?? DISTRICT_FILE,
          ...(command.report ? { report: { header: command.header, at } } : {}),
        },
        printer(ctx),
      );
    }
    case 'google-pull': {
      const { pullSheet } = await import('./google/google-pull');
      return pullSheet({ sheet: command.sheet, ...(command.out ? { out: command.out } : {}) }, printer(ctx));
    }
    case 'serve': {
      const { runServe } = await import('./commands/serve-command');
      await runServe(command, ctx);
      return EXIT.ok;
    }
    case 'google-login': {
      const { loginGoogle } = await import('./google/google-login');
      return loginGoogle(
        {
          ...(command.clientFile !== undefined ? { clientFile: command.clientFile } : {}),
          scopes: { write: command.write, run: command.run },
        },
        printer(ctx),
      );
    }
    case 'google-logout': {
      const { logoutGoogle } = await import('./google/google-logout');
      return logoutGoogle({}, printer(ctx));
    }
    case 'google-push': {
      const { pushWorkbook } = await import('./google/google-push');
      return pushWorkbook({ file: command.file, sheet: command.sheet, yes: command.yes }, printer(ctx));
    }
    case 'google-logs': {
      const { listLogs } = await import('./google/google-logs');
      return listLogs(
        {
          ...(command.script ? { script: command.script } : {}),
          failed: command.failed,
          ...(command.since !== undefined ? { since: command.since } : {}),
          now: ctx.clock.now(),
        },
        printer(ctx),
      );
    }
    case 'google-run': {
      const { runFunction } = await import('./google/google-run');
      return runFunction(
        { functionName: command.functionName, ...(command.script ? { script: command.script } : {}) },
        printer(ctx),
      );
    }
    case 'bench': {
      const scratch = join(mkdtempSync(join(tmpdir(), 'learning-week-bench-')), 'bench.xlsx');
      try {
        await runBench(ctx.clock, ctx.out, scratch);
      } finally {
        rmSync(dirname(scratch), { recursive: true, force: true });
      }
      return EXIT.ok;
    }
  }
}

/** Where `district collect` writes when no --out is given. */
const DISTRICT_FILE = 'district.xlsx';

const printer = (ctx: RunContext): { out(line: string): void; err(line: string): void } => ({
  out: ctx.out,
  err: (line) => console.error(line),
});

function quote(file: string): string {
  return /\s/.test(file) ? `"${file}"` : file;
}
