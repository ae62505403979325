import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { importResponses } from '../../app/forms/handle-form-submit';
import { weekScenario } from '../../app/jobs/week-scenario';
import { sampleResponses } from '../../core/seed/sample-responses';
import { SCHOOL_TIME_ZONE, toInstant } from '../../core/time-zone';
import { localDateTime } from '../../core/cell';
import type { ClockPort } from '../../ports';
import { writeFileAtomic } from '../files/atomic-write';
import { freeLock, quietLog } from './bench-ports';
import {
  BUSIEST_DAY,
  busiestDay,
  DRAIN_BUDGET_MS,
  estimateGasMs,
  estimateMs,
  executionsNeeded,
  EXECUTION_LIMIT_MS,
  LATENCY_MS,
  MAIL_QUOTA,
} from './bench-model';
import {
  EXECUTION_KINDS,
  measureSchool,
  schoolResponses,
  schoolTables,
  type SchoolRun,
  type SchoolSize,
} from './bench-school';
import { runWeek } from '../week/run-week';
import { measureMailTimeline, type MailTimeline } from './mail-timeline';
import { formatDayDateTime } from '../../core/i18n/dates';
import { CSV_IMPORT_TARGET, measureCsvImport, type CsvImportRun } from './csv-import-bench';
import { measureServePosts, type ServePostsRun } from './serve-bench';
import { DISTRICT_TARGET, measureDistrictCollect, type DistrictRun } from './district-bench';
import {
  busyDayWorkbook,
  measureResponsePath,
  sheetCalls,
  totalCalls,
  type ResponsePathRun,
} from './response-path';

/**
 * `npm run bench` (`learning-week bench`): for three school sizes and each kind of execution,
 * the service calls it makes (counted on the use cases with counting/recording ports), the
 * Apps Script time the latency model gives them, whether it fits in 6 minutes; mail days
 * against the quotas; and the local runtime's own wall time, import rate and peak memory.
 * Writes out/bench.json and out/bench.md.
 */
export const BENCH_SIZES: readonly SchoolSize[] = [
  { label: 'nhỏ', staff: 40, families: 150 },
  { label: 'vừa', staff: 200, families: 2_000 },
  { label: 'rất lớn', staff: 1_000, families: 10_000 },
];

export const KIND_LABELS: Record<(typeof EXECUTION_KINDS)[number], string> = {
  setup: 'Setup + biểu mẫu',
  validate: 'Kiểm tra kế hoạch',
  formResponse: 'Một phản hồi biểu mẫu',
  sync: 'Đồng bộ lịch (lần đầu)',
  resyncUnchanged: 'Đồng bộ lại, không đổi',
  drain: 'Gửi thư (hạn mức một ngày Workspace)',
  reminders: 'Xếp thư nhắc lịch',
  report: 'Lập báo cáo',
  dashboard: 'Bảng điều khiển (mỗi tab đọc một lần)',
  purge: 'Xóa dữ liệu cá nhân hết hạn',
};

export interface ExecutionRow {
  readonly size: string;
  readonly kind: string;
  readonly sheetCalls: number;
  readonly cells: number;
  readonly mail: number;
  readonly calendar: number;
  readonly forms: number;
  readonly documents: number;
  readonly properties: number;
  readonly estimatedMs: number;
  readonly executions: number;
  readonly fits: boolean;
}

export interface BenchResult {
  readonly latencyMs: typeof LATENCY_MS;
  readonly rows: readonly ExecutionRow[];
  readonly mailDays: readonly {
    size: string;
    invitations: number;
    consumerDays: number;
    workspaceDays: number;
  }[];
  /** A response's path through the pushed bundle: submit runs, processing batches, the busiest day. */
  readonly responses: readonly ResponsePathRow[];
  /** The consumer quota's mail, played through the real jobs (mail-timeline.ts). */
  readonly mailTimeline: readonly MailTimeline[];
  /** The script properties the week leaves, and the most they held, per size (Apps Script: 500 KB). */
  readonly properties: readonly { size: string; bytes: number; peakBytes: number; keys: number }[];
  readonly local: {
    weekMs: number;
    responses: number;
    importMs: number;
    responsesPerSecond: number;
    peakRssMb: number;
    /** `respond --csv` of a big download, the real command in a process of its own. */
    csvImport?: CsvImportRun;
    servePosts?: ServePostsRun;
    /** `district collect` of 100 schools against a slow stand-in of the Sheets API. */
    district?: DistrictRun;
  };
}

export interface ResponsePathRow {
  readonly size: string;
  /** Every service call of a submit run: the first of a batch (makes the trigger), the others. */
  readonly submitCalls: { readonly first: number; readonly next: number };
  readonly submitCellsRead: number;
  readonly submitMs: { readonly first: number; readonly next: number };
  readonly batches: readonly {
    readonly waiting: number;
    readonly calls: number;
    readonly sheetCalls: number;
    readonly cellsRead: number;
    readonly cellsWritten: number;
    readonly mails: number;
    readonly estimatedMs: number;
  }[];
  readonly busiestDay: ReturnType<typeof busiestDay>;
}

/**
 * The response path at one size: the table's figures from a day with mail quota left (each
 * batch sends its confirmations), the busiest day's from a consumer account whose quota the
 * morning's invitations spent. Both runs are of the bundle `code`.
 */
export function responsePathRow(code: string, run: SchoolRun): ResponsePathRow {
  const withQuota = measureResponsePath(code, busyDayWorkbook(run.size, 'sent'), MAIL_QUOTA.workspace);
  const consumer = busyDayWorkbook(run.size, 'consumer');
  const spent = measureResponsePath(code, consumer, 0);
  const batchPoints = (r: ResponsePathRun) =>
    r.batches.map((b) => ({ x: b.waiting, y: estimateGasMs(b.calls) }));
  return {
    size: `${run.size.staff}/${run.size.families}`,
    submitCalls: { first: totalCalls(withQuota.submitFirst), next: totalCalls(withQuota.submitNext) },
    submitCellsRead: withQuota.submitCellsRead,
    submitMs: { first: estimateGasMs(withQuota.submitFirst), next: estimateGasMs(withQuota.submitNext) },
    batches: withQuota.batches.map((b) => ({
      waiting: b.waiting,
      calls: totalCalls(b.calls),
      sheetCalls: sheetCalls(b.calls),
      cellsRead: b.calls.cellsRead,
      cellsWritten: b.calls.cellsWritten,
      mails: b.calls.byMethod['MailApp.sendEmail'] ?? 0,
      estimatedMs: estimateGasMs(b.calls),
    })),
    busiestDay: busiestDay({
      answers: consumer.answered.length,
      inviteDrainMs: estimateMs(consumer.inviteDrain),
      submitFirstMs: estimateGasMs(spent.submitFirst),
      submitNextMs: estimateGasMs(spent.submitNext),
      batchMs: batchPoints(spent),
      calendarSyncMs: estimateMs(run.calls.sync),
      remindersMs: estimateMs(run.calls.reminders),
      progressMs: estimateGasMs(spent.progress),
    }),
  };
}

export function executionRows(run: SchoolRun): ExecutionRow[] {
  return EXECUTION_KINDS.map((kind) => {
    const c = run.calls[kind];
    const estimatedMs = estimateMs(c);
    const budget = kind === 'drain' ? DRAIN_BUDGET_MS : EXECUTION_LIMIT_MS;
    const executions = executionsNeeded(estimatedMs, budget);
    return {
      size: `${run.size.staff}/${run.size.families}`,
      kind,
      sheetCalls: c.sheetReads + c.sheetWrites + c.sheetOther,
      cells: c.cellsRead + c.cellsWritten,
      mail: c.mails,
      calendar: c.calendar,
      forms: c.forms,
      documents: c.documents,
      properties: c.properties,
      estimatedMs,
      executions,
      fits: estimatedMs <= EXECUTION_LIMIT_MS,
    };
  });
}

export function benchMarkdown(result: BenchResult): string {
  const lines = [
    '| Trường (CB-GV-NV/phụ huynh) | Lần chạy | Lệnh bảng tính | Ô đọc+ghi | Thư | Lịch | Biểu mẫu | Tài liệu | Ước tính Apps Script | Số lần chạy |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...result.rows.map(
      (r) =>
        `| ${r.size} | ${KIND_LABELS[r.kind as keyof typeof KIND_LABELS]} | ${r.sheetCalls} | ${r.cells} | ${r.mail} | ${r.calendar} | ${r.forms} | ${r.documents} | ${(r.estimatedMs / 1000).toFixed(1)} s | ${r.executions}${r.fits ? '' : ' (nối tiếp)'} |`,
    ),
    '',
    '| Trường | Thư mời ngày đầu | Số ngày gửi (Gmail 100/ngày) | Số ngày gửi (Workspace 1.500/ngày) |',
    '|---|---:|---:|---:|',
    ...result.mailDays.map(
      (d) => `| ${d.size} | ${d.invitations} | ${d.consumerDays} | ${d.workspaceDays} |`,
    ),
    '',
    ...mailTimelineLines(result.mailTimeline),
    '',
    '| Trường | Lệnh dịch vụ mỗi lần gửi biểu mẫu (lần đầu / các lần sau) | Ô đọc khi gửi | Ước tính một lần gửi | Lô chờ xử lý | Lệnh dịch vụ mỗi lô | Lệnh bảng tính mỗi lô | Ô đọc / ghi mỗi lô | Thư mỗi lô | Ước tính mỗi lô |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...result.responses.flatMap((r) =>
      r.batches.map(
        (b) =>
          `| ${r.size} | ${r.submitCalls.first} / ${r.submitCalls.next} | ${r.submitCellsRead} | ${seconds(r.submitMs.first)} / ${seconds(r.submitMs.next)} | ${b.waiting} | ${b.calls} | ${b.sheetCalls} | ${b.cellsRead} / ${b.cellsWritten} | ${b.mails} | ${seconds(b.estimatedMs)} |`,
      ),
    ),
    '',
    `| Trường | Câu trả lời trong ngày | Lần xử lý | Thư mời 00:10 | Các lần gửi biểu mẫu | Các lần xử lý | Lịch | Nhắc lịch | Tiến độ 17:00 | Tổng phút kích hoạt (hạn mức Gmail ${BUSIEST_DAY.consumerTriggerMin} phút/ngày) |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...result.responses.map((r) => {
      const d = r.busiestDay;
      const p = d.parts;
      const verdict =
        d.totalMin <= BUSIEST_DAY.consumerTriggerMin
          ? ''
          : ` (vượt ${(d.totalMin - BUSIEST_DAY.consumerTriggerMin).toFixed(1)} phút)`;
      // One execution past 6 minutes is cut off: the run cannot do its work at this size.
      const cut = p.progress > EXECUTION_LIMIT_MS ? ' (quá 6 phút một lần chạy)' : '';
      return `| ${r.size} | ${d.answers} | ${d.processingRuns} | ${minutes(p.invitations)} | ${minutes(p.submits)} | ${minutes(p.processing)} | ${minutes(p.calendar)} | ${minutes(p.reminders)} | ${minutes(p.progress)}${cut} | ${d.totalMin.toFixed(1)}${verdict} |`;
    }),
    '',
    `Ngày bận nhất (01/10, tài khoản Gmail cá nhân; giả định trong bench-model.ts): mỗi CB-GV-NV và mỗi phụ huynh trả lời một lần trong ${BUSIEST_DAY.responseWindowMin / 60} giờ từ 07:00; một lần xử lý cho mỗi phút có câu trả lời; lượt gửi 00:10 dùng hết ${MAIL_QUOTA.consumer} thư của ngày, thư xác nhận chờ hôm sau; một lần đồng bộ lịch (như lần đầu), nhắc lịch 07:00, tin tiến độ 17:00 (quét lại biểu mẫu). Một lần gửi biểu mẫu và một lô: đo trên dist/Code.js với các dịch vụ đếm lệnh.`,
    ...targetLine(result.responses),
    '',
    '| Trường | Thuộc tính script sau tuần lễ | Nhiều nhất lúc chạy | Số khóa |',
    '|---|---:|---:|---:|',
    ...result.properties.map(
      (p) => `| ${p.size} | ${kilobytes(p.bytes)} | ${kilobytes(p.peakBytes)} | ${p.keys} |`,
    ),
    '',
    `Thuộc tính script: đo trên một kho chung qua Setup, lượt gửi thư, đồng bộ lịch và xóa dữ liệu (byte UTF-8 của khóa và giá trị, như Apps Script tính ${PROPERTIES_LIMIT_KB} KB); chưa gồm phản hồi đang chờ xử lý (mỗi phản hồi khoảng 130 byte, chờ khoảng một phút).`,
    '',
    `Bản chạy trên máy: cả tuần lễ mẫu ${(result.local.weekMs / 1000).toFixed(1)} s; nhập ${result.local.responses} phản hồi trong ${(result.local.importMs / 1000).toFixed(1)} s (${result.local.responsesPerSecond} phản hồi/giây); bộ nhớ đỉnh ${result.local.peakRssMb} MB.`,
    ...csvImportLine(result.local.csvImport),
    ...servePostsLine(result.local.servePosts),
    ...districtLine(result.local.district),
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The invitations' days and each activity day's last reminder, as the jobs played them under
 * the consumer quota; a reminder is meant to go the day before its activity.
 */
function mailTimelineLines(timelines: readonly MailTimeline[]): string[] {
  if (timelines.length === 0) return [];
  const when = (at: MailTimeline['lastInvitation']): string => (at ? formatDayDateTime(at, 'vi') : '—');
  const days = (t: MailTimeline): string => {
    if (!t.estimate) return String(t.invitationDays);
    const e = t.estimate;
    return `≈ ${t.invitationDays} (ước tính: chạy đến ${e.playedTo.slice(8, 10)}/${e.playedTo.slice(5, 7)} còn ${e.waiting} thư mời, đi ${e.perDay} thư/ngày)`;
  };
  return [
    `| Trường | Thư mời (28/09 08:10) | Số ngày gửi hết thư mời (Gmail ${MAIL_QUOTA.consumer} người nhận/24 giờ, chạy các tác vụ thật) | Thư mời cuối cùng đi lúc |`,
    '|---|---:|---:|---|',
    ...timelines.map((t) => `| ${t.size} | ${t.invitations} | ${days(t)} | ${when(t.lastInvitation)} |`),
    '',
    '| Trường | Ngày hoạt động | Thư nhắc | Đã gửi | Không kịp gửi | Thư nhắc cuối cùng đi lúc | Trước ngày hoạt động |',
    '|---|---|---:|---:|---:|---|---|',
    ...timelines.flatMap((t) =>
      t.reminders.map(
        (r) =>
          `| ${t.size} | ${r.day.slice(8, 10)}/${r.day.slice(5, 7)} | ${r.queued} | ${r.sent} | ${r.tooLate} | ${when(r.lastSent)} | ${r.dayBefore ? 'có' : 'không'} |`,
      ),
    ),
    '',
    'Thư mời và thư nhắc: tuần lễ chạy các tác vụ thật trên máy với đồng hồ giả lập (gửi thư 00:10, nhắc lịch 07:00, tiến độ 17:00 và các lần gửi tiếp theo), hạn mức 100 người nhận trong 24 giờ kể từ thư đầu tiên; mọi CB-GV-NV và phụ huynh được mời lúc 08:10 ngày 28/09; không đồng bộ lịch (trên Google, Lịch tự gửi lời mời).',
  ];
}

/** The big CSV import against its target: the command's own time and memory. */
function csvImportLine(run: CsvImportRun | undefined): string[] {
  if (!run) return [];
  const verdict = (ok: boolean): string => (ok ? 'đạt' : 'chưa đạt');
  const t = CSV_IMPORT_TARGET;
  return [
    '',
    `Nhập tệp CSV ${run.rows.toLocaleString('vi-VN')} dòng (lệnh \`respond training … --csv\`, tiến trình riêng, kể cả khởi động Node; trung vị của ${run.runs} lần): ${(run.ms / 1000).toFixed(1)} s (mục tiêu < ${t.ms / 1000} s: ${verdict(run.ms < t.ms)}); bộ nhớ đỉnh ${run.peakRssMb} MB (mục tiêu < ${t.peakRssMb} MB: ${verdict(run.peakRssMb < t.peakRssMb)}).`,
  ];
}

/** The local forms server under many answers at once. */
function servePostsLine(run: ServePostsRun | undefined): string[] {
  if (!run) return [];
  return [
    '',
    `Biểu mẫu trên máy (lệnh \`serve\`, 127.0.0.1): ${run.posts} câu trả lời từ ${run.clients} trình duyệt cùng lúc, không mất câu nào, không ghi trùng: ${run.postsPerSecond} câu/giây, p95 ${run.p95Ms} ms từ lúc gửi đến trang xác nhận; ${run.saves} lần lưu tệp (ghi theo nhóm).`,
  ];
}

/** The district rollup against its target: the time, and the calls per school. */
function districtLine(run: DistrictRun | undefined): string[] {
  if (!run) return [];
  const ok = run.ms < DISTRICT_TARGET.ms;
  return [
    '',
    `Phòng giáo dục tổng hợp ${run.schools} trường (lệnh \`district collect\`, máy chủ giả lập Sheets API trên 127.0.0.1, mỗi lệnh chờ thêm ${run.latencyMs} ms): ${(run.ms / 1000).toFixed(1)} s (mục tiêu < ${DISTRICT_TARGET.ms / 1000} s: ${ok ? 'đạt' : 'chưa đạt'}); ${run.calls} lệnh gọi API, ${(run.calls / run.schools).toFixed(1)} lệnh mỗi trường.`,
  ];
}

/** The busiest day's target, where the bench measured the size it is set for. */
function targetLine(rows: readonly ResponsePathRow[]): string[] {
  const row = rows.find((r) => r.size === '200/2000');
  if (!row) return [];
  const total = row.busiestDay.totalMin;
  const over = total - BUSIEST_DAY.targetMin;
  return [
    '',
    `Mục tiêu ngày bận nhất ở 200/2000: ≤ ${BUSIEST_DAY.targetMin} phút; mô hình cho ${total.toFixed(1)} phút (${over <= 0 ? 'đạt' : `vượt ${over.toFixed(1)} phút`}).`,
  ];
}

const PROPERTIES_LIMIT_KB = 500;
const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const minutes = (ms: number): string => `${(ms / 60_000).toFixed(1)}`;

/** Largest resident set seen: sampled between steps and on a timer while async work runs. */
class PeakMemory {
  peak = process.memoryUsage().rss;
  private readonly timer = setInterval(() => this.sample(), 25);
  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage().rss);
  }
  stop(): number {
    clearInterval(this.timer);
    this.sample();
    return Math.round(this.peak / 2 ** 20);
  }
}

export async function runBench(
  _clock: ClockPort,
  out: (line: string) => void,
  scratchFile: string,
  options: {
    sizes?: readonly SchoolSize[];
    outDir?: string;
    importCount?: number;
    week?: boolean;
    /** The pushed bundle's text; by default dist/Code.js of the working directory. */
    bundle?: string;
    /** The CSV import's CLI and rows (default: this process's script, 10,000); false: not run. */
    csvImport?: { readonly cli: string; readonly rows: number } | false;
    /** The forms server's posts and clients (default 200 from 20); false: not run. */
    servePosts?: { readonly cli: string; readonly posts: number; readonly clients: number } | false;
    /** false: the district rollup is not measured. */
    district?: false;
  } = {},
): Promise<BenchResult> {
  const code = options.bundle ?? readBundle(join(process.cwd(), 'dist', 'Code.js'));
  // The local runtime first, so that its peak memory is its own, not the stress school's.
  out('Đo bản chạy trên máy: cả tuần lễ mẫu, nhập phản hồi hàng loạt…');
  const memory = new PeakMemory();
  const weekStarted = performance.now();
  if (options.week !== false) {
    await runWeek(weekScenario(sampleResponses()), {
      outDir: join(dirname(scratchFile), 'week'),
      out: () => {},
    });
  }
  const weekMs = Math.round(performance.now() - weekStarted);
  memory.sample();
  const count = options.importCount ?? 10_000;
  const big: SchoolSize = { label: 'import', staff: Math.ceil(count / 10), families: count };
  const tables = schoolTables(big);
  const submissions = schoolResponses(big, count);
  const clock = { now: () => toInstant(localDateTime(2021, 10, 7, 20, 0), SCHOOL_TIME_ZONE) };
  const importStarted = performance.now();
  importResponses({ tables, clock, lock: freeLock, log: quietLog }, submissions);
  const importMs = Math.round(performance.now() - importStarted);
  const peakRssMb = memory.stop();
  const csvOptions = options.csvImport ?? { cli: process.argv[1] ?? '', rows: 10_000 };
  if (csvOptions) out(`Đo lệnh nhập tệp CSV ${csvOptions.rows} dòng…`);
  const csvImport = csvOptions ? await measureCsvImport(csvOptions.cli, csvOptions.rows) : undefined;
  const serveOptions = options.servePosts ?? { cli: process.argv[1] ?? '', posts: 200, clients: 20 };
  if (serveOptions)
    out(`Đo lệnh serve: ${serveOptions.posts} câu trả lời từ ${serveOptions.clients} trình duyệt…`);
  const servePosts = serveOptions
    ? await measureServePosts(serveOptions.cli, serveOptions.posts, serveOptions.clients)
    : undefined;
  if (options.district !== false) out(`Đo lệnh district collect, ${DISTRICT_TARGET.schools} trường…`);
  const district = options.district === false ? undefined : await measureDistrictCollect();

  const sizes = options.sizes ?? BENCH_SIZES;
  const rows: ExecutionRow[] = [];
  const mailDays: BenchResult['mailDays'][number][] = [];
  const responses: ResponsePathRow[] = [];
  const properties: BenchResult['properties'][number][] = [];
  const mailTimeline: MailTimeline[] = [];
  for (const size of sizes) {
    out(`Đo trường ${size.staff} CB-GV-NV / ${size.families} phụ huynh…`);
    const run = measureSchool(size);
    rows.push(...executionRows(run));
    responses.push(responsePathRow(code, run));
    properties.push({ size: `${size.staff}/${size.families}`, ...run.properties });
    mailDays.push({
      size: `${size.staff}/${size.families}`,
      invitations: run.invitations,
      consumerDays: Math.ceil(run.invitations / MAIL_QUOTA.consumer),
      workspaceDays: Math.ceil(run.invitations / MAIL_QUOTA.workspace),
    });
    out(`Chạy thư của tuần lễ theo hạn mức Gmail, trường ${size.staff}/${size.families}…`);
    mailTimeline.push(await measureMailTimeline(size, MAIL_QUOTA.consumer));
  }

  const result: BenchResult = {
    latencyMs: LATENCY_MS,
    rows,
    mailDays,
    mailTimeline,
    responses,
    properties,
    local: {
      weekMs,
      responses: submissions.length,
      importMs,
      responsesPerSecond: Math.round((submissions.length * 1000) / Math.max(1, importMs)),
      peakRssMb,
      ...(csvImport ? { csvImport } : {}),
      ...(servePosts ? { servePosts } : {}),
      ...(district ? { district } : {}),
    },
  };
  const outDir = options.outDir ?? 'out';
  mkdirSync(outDir, { recursive: true });
  writeFileAtomic(join(outDir, 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
  const markdown = benchMarkdown(result);
  writeFileAtomic(join(outDir, 'bench.md'), markdown);
  for (const line of markdown.trimEnd().split('\n')) out(line);
  out(`Đã ghi ${join(outDir, 'bench.json')} và ${join(outDir, 'bench.md')}.`);
  return result;
}

function readBundle(path: string): string {
  if (!existsSync(path))
    throw new Error(`Chưa có ${path}: chạy "node scripts/build.mjs" trước (npm run bench tự làm việc này).`);
  return readFileSync(path, 'utf8');
}
