import { parseArgs } from 'node:util';
import type { Submission } from '../../app/forms/handle-form-submit';
import { weekScenario } from '../../app/jobs/week-scenario';
import { parseDateText } from '../../core/codec';
import { sampleResponses } from '../../core/seed/sample-responses';
import { summaryLines } from '../week/print-week';
import { runWeek, type WeekRun } from '../week/run-week';

export const WEEK_USAGE = `Cách dùng: learning-week week [--from NGÀY] [--to NGÀY] [--speed GIÂY] [--out THƯ_MỤC] [--daily-limit N]
  Chạy thử cả tuần lễ 2021 (28/09 – 07/10) trên kế hoạch mẫu và danh sách mẫu, với đồng hồ giả lập.
  --from, --to     ngày đầu/cuối được hiển thị (dd/MM/yyyy); --to dừng tuần lễ ở ngày đó
  --speed          số giây thật cho mỗi ngày giả lập (0: nhanh nhất; mặc định 0 khi không phải terminal hoặc CI)
  --out            thư mục kết quả (mặc định out)
  --daily-limit    số người nhận mỗi ngày (mặc định 100, hạn mức Gmail cá nhân)`;

export interface WeekCommandOptions {
  readonly outDir: string;
  readonly from?: string;
  readonly to?: string;
  readonly speed: number;
  readonly dailyLimit?: number;
}

/** Parses the week's options; a Vietnamese reason when they are wrong. */
export function parseWeekArgs(argv: readonly string[], interactive: boolean): WeekCommandOptions | string {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        speed: { type: 'string' },
        out: { type: 'string', short: 'o' },
        'daily-limit': { type: 'string' },
      },
      allowPositionals: false,
    }));
  } catch (error) {
    return `Tùy chọn không hợp lệ: ${error instanceof Error ? error.message : String(error)}`;
  }
  const day = (text: string | undefined): string | undefined | null => {
    if (text === undefined) return undefined;
    const parsed = parseDateText(text);
    return parsed?.value ? parsed.value.iso.slice(0, 10) : null;
  };
  const from = day(values.from);
  const to = day(values.to);
  if (from === null || to === null) return `Ngày không hợp lệ: ${from === null ? values.from : values.to}`;
  const speed = values.speed === undefined ? defaultSpeed(interactive) : Number(values.speed);
  if (!Number.isFinite(speed) || speed < 0) return `--speed phải là số giây không âm: ${values.speed}`;
  const limit = values['daily-limit'] === undefined ? undefined : Number(values['daily-limit']);
  if (limit !== undefined && (!Number.isInteger(limit) || limit < 1))
    return `--daily-limit phải là số nguyên dương: ${values['daily-limit']}`;
  return {
    outDir: values.out ?? 'out',
    speed,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(limit !== undefined ? { dailyLimit: limit } : {}),
  };
}

/** Real seconds per simulated day: paced on a terminal, as fast as possible otherwise. */
export const defaultSpeed = (interactive: boolean): number => (interactive ? 0.3 : 0);

/** A terminal that is not CI: worth pacing the days and showing a passing status. */
export const isInteractive = (): boolean => Boolean(process.stdout.isTTY) && !process.env['CI'];

/** Plays the week and prints the day lines, then the summary table. */
export async function playWeek(
  options: WeekCommandOptions,
  out: (line: string) => void,
  submissions: () => readonly Submission[] = sampleResponses,
): Promise<WeekRun> {
  const interactive = isInteractive();
  out('Tuần lễ hưởng ứng học tập suốt đời 2021 – chạy thử cả tuần (đồng hồ giả lập)');
  const scenario = weekScenario(submissions(), {
    ...(options.dailyLimit !== undefined ? { dailyMailLimit: options.dailyLimit } : {}),
  });
  const clear = (): void => {
    if (interactive) process.stdout.write('\r\x1b[K');
  };
  const run = await runWeek(scenario, {
    outDir: options.outDir,
    speed: options.speed,
    ...(options.from ? { from: options.from } : {}),
    ...(options.to ? { to: options.to } : {}),
    out: (line) => (clear(), out(`  ${line}`)),
    ...(interactive ? { status: (text: string) => (clear(), process.stdout.write(`  … ${text}`)) } : {}),
  });
  clear();
  for (const line of summaryLines(run.summary, options.outDir)) out(line);
  return run;
}

/** `learning-week week …`: 0 done, 2 bad options. */
export async function runWeekCommand(argv: readonly string[], out: (line: string) => void): Promise<number> {
  const options = parseWeekArgs(argv, isInteractive());
  if (typeof options === 'string') {
    console.error(options);
    console.error(WEEK_USAGE);
    return 2;
  }
  await playWeek(options, out);
  return 0;
}
