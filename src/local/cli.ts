import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runBench } from './bench';
import { type Command, parseCommand } from './cli-args';
import { badNow, USAGE } from './cli-text';
import { fixedClock, parseNow, systemClock } from './clock';
import { printReport, runInit, runValidate, type RunContext } from './commands';
import { FileProblem } from './workbook-file';

/** Exit codes: 0 done (validate: no error), 1 the plan has errors, 2 bad usage or unusable file. */
export const EXIT = { ok: 0, planHasErrors: 1, failure: 2 } as const;

export const DEMO_FILE = 'out/learning-week-2021.xlsx';

/** The `learning-week` command (bin/learning-week.js calls this after the build). */
export async function main(argv: string[]): Promise<number> {
  const command = parseCommand(argv);
  if (command.kind === 'help') {
    console.log(USAGE);
    return EXIT.ok;
  }
  if (command.kind === 'usage') {
    console.error(command.reason);
    console.error('');
    console.error(USAGE);
    return EXIT.failure;
  }
  const ctx = context(command);
  if (typeof ctx === 'string') {
    console.error(ctx);
    return EXIT.failure;
  }
  try {
    return await run(command, ctx);
  } catch (error) {
    if (error instanceof FileProblem) {
      console.error(error.line);
      return EXIT.failure;
    }
    throw error;
  }
}

function context(command: Exclude<Command, { kind: 'help' | 'usage' }>): RunContext | string {
  let clock = systemClock;
  if (command.common.now !== undefined) {
    const instant = parseNow(command.common.now);
    if (!instant) return badNow(command.common.now);
    clock = fixedClock(instant);
  }
  return { clock, verbose: command.common.verbose, out: (line) => console.log(line) };
}

async function run(command: Exclude<Command, { kind: 'help' | 'usage' }>, ctx: RunContext): Promise<number> {
  switch (command.kind) {
    case 'init': {
      const { file, result, tabs } = await runInit(command.options, ctx);
      ctx.out(
        `Đã tạo ${file}: ${tabs.length} trang tính, ${result.activities} hoạt động, ` +
          `${result.people} nhân sự, ${result.families} phụ huynh.`,
      );
      ctx.out(
        `Bước tiếp theo: mở tệp, sửa Cấu hình và Hoạt động, rồi chạy: learning-week validate ${quote(file)}`,
      );
      return EXIT.ok;
    }
    case 'validate': {
      const report = await runValidate(command.file, ctx);
      printReport(report, ctx);
      return report.errors > 0 ? EXIT.planHasErrors : EXIT.ok;
    }
    case 'demo': {
      const { file, result, tabs } = await runInit(
        { year: 2021, sample: true, blank: false, force: true, out: DEMO_FILE },
        ctx,
      );
      const report = await runValidate(file, ctx);
      ctx.out('Tuần lễ hưởng ứng học tập suốt đời 2021 – bản chạy thử');
      ctx.out(`  Trang tính: ${tabs.length} (${tabs.join(', ')})`);
      ctx.out(`  Hoạt động: ${result.activities}`);
      ctx.out(`  Nhân sự: ${result.people}`);
      ctx.out(`  Phụ huynh: ${result.families}`);
      ctx.out(`  Kiểm tra: ${report.errors} lỗi, ${report.warnings} cảnh báo`);
      ctx.out(`  Tệp: ${file}`);
      ctx.out(`Xem chi tiết: npx learning-week validate ${file}`);
      // The demo shows the product; its findings are the plan's to-do list, not a failure.
      return EXIT.ok;
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

function quote(file: string): string {
  return /\s/.test(file) ? `"${file}"` : file;
}
