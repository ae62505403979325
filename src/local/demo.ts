import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readFormsProgress, type FormsProgress } from '../app/daily-progress';
import { loadFormsContext, schoolNow } from '../app/forms-context';
import type { ImportSummary, Submission } from '../app/handle-form-submit';
import { loadTab } from '../app/response-store';
import { attendanceProgressText, formatPercent } from '../core/forms/attendance';
import { ATTENDANCE_TABLE, NOMINATIONS_TABLE, TRAINING_SIGNUPS_TABLE } from '../core/schema/response-tables';
import { cellText } from '../core/table';
import type { TablesPort } from '../ports';
import type { RunContext } from './commands';
import { runInit, runValidate } from './commands';
import { DEFAULT_FORMS_DIR, runFormPreviews } from './forms-command';
import { propertiesPathOf } from './json-properties';
import { runDrain, runInvite, type DrainRun } from './mail-commands';
import { DEFAULT_DAILY_LIMIT } from './mail-quota';
import { importSubmissions } from './respond-command';
import { Workbook } from './workbook';

export const DEMO_FILE = join('out', 'learning-week-2021.xlsx');
export const DEMO_MAIL_DIR = join('out', 'mail');

export interface DemoRun {
  file: string;
  tabs: string[];
  plan: { activities: number; people: number; families: number; errors: number; warnings: number };
  invitations: { queued: number; drain: DrainRun };
  responses: ImportSummary;
  confirmations: DrainRun;
  forms: FormsProgress;
  /** Rows of the three response tabs with something in "Cần xem lại". */
  flaggedRows: number;
  formFiles: string[];
  mailFiles: number;
}

/**
 * `npm start`: the whole local runtime on the 2021 plan with the sample roster. It starts from
 * a clean slate every time — the workbook, its properties, out/mail/ (with the day's mail
 * count) and out/forms/ — so a second run gives the same numbers, not a day's quota used up.
 */
export async function runDemo(
  ctx: RunContext,
  sampleResponses: () => readonly Submission[],
): Promise<DemoRun> {
  for (const path of [DEMO_MAIL_DIR, DEFAULT_FORMS_DIR, propertiesPathOf(DEMO_FILE)]) {
    rmSync(path, { recursive: true, force: true });
  }
  const { file, result, tabs } = await runInit(
    { year: 2021, sample: true, blank: false, force: true, out: DEMO_FILE },
    ctx,
  );
  const report = await runValidate(file, ctx);
  const formFiles = await runFormPreviews(file, 'html', DEFAULT_FORMS_DIR, ctx);
  const invited = await runInvite(file, false, ctx);
  const drain = await runDrain(file, { out: DEMO_MAIL_DIR }, ctx);
  const responses = await importSubmissions(file, sampleResponses(), ctx);
  const confirmations = await runDrain(file, { out: DEMO_MAIL_DIR }, ctx);
  const saved = await Workbook.open(file);
  const context = loadFormsContext(saved);
  const forms = readFormsProgress(saved, schoolNow(context, ctx.clock), context);
  return {
    file,
    tabs,
    plan: {
      activities: result.activities,
      people: result.people,
      families: result.families,
      errors: report.errors,
      warnings: report.warnings,
    },
    invitations: { queued: invited.queued, drain },
    responses,
    confirmations,
    forms,
    flaggedRows: flaggedRows(saved, context.allTabNames),
    formFiles,
    mailFiles: readdirSync(DEMO_MAIL_DIR).filter((f) => f.endsWith('.eml')).length,
  };
}

export function printDemo(run: DemoRun, ctx: RunContext): void {
  const out = ctx.out;
  const { plan, invitations, responses, confirmations, forms } = run;
  out('Tuần lễ hưởng ứng học tập suốt đời 2021 – bản chạy thử');
  out(
    `  Kế hoạch: ${plan.activities} hoạt động, ${plan.people} nhân sự, ${plan.families} phụ huynh; ` +
      `kiểm tra: ${plan.errors} lỗi, ${plan.warnings} cảnh báo`,
  );
  out(
    `  Thư mời: xếp ${invitations.queued}, đã gửi ${invitations.drain.result.sent}, ` +
      `hoãn sang ngày mai ${invitations.drain.result.deferred} (hạn mức ${DEFAULT_DAILY_LIMIT} người nhận mỗi ngày)`,
  );
  out(
    `  Phản hồi mẫu: ghi nhận ${responses.recorded}, trùng (bỏ qua) ${responses.duplicates}, ` +
      `cần xem lại ${responses.flagged}`,
  );
  out(
    `  Thư xác nhận và thư báo: đã gửi ${confirmations.result.sent}, ` +
      `hoãn sang ngày mai ${confirmations.result.deferred}`,
  );
  const a = forms.attendance;
  out(`  Lễ khai mạc (chỉ tiêu ${formatPercent(a.target)} CB-GV-NV):`);
  out(`    ${attendanceProgressText(a, 'registered')}`);
  out(`    ${attendanceProgressText(a, 'present')}`);
  out('  Chỗ các buổi tập huấn / nói chuyện:');
  for (const s of forms.sessions) {
    const seats =
      s.capacity !== undefined ? `${s.seated}/${s.capacity} chỗ` : `${s.seated} người (không giới hạn)`;
    const waiting = s.waiting > 0 ? `, ${s.waiting} người chờ` : '';
    out(`    [${s.id}] ${shorten(s.title)}: ${seats}${waiting}`);
  }
  const n = forms.nominations;
  out(
    `  Đề cử "Gia đình hiếu học": ${n.total} (${n.total - n.withoutConsent} đồng ý chia sẻ, ` +
      `${n.withoutConsent} chưa đồng ý – lưu lại, không gửi phường)`,
  );
  out(`  Phản hồi cần xem lại (cột "Cần xem lại" của ba tab phản hồi): ${run.flaggedRows}`);
  out(`  Tệp kế hoạch: ${run.file}`);
  out(`  Thư (.eml): ${DEMO_MAIL_DIR} – ${run.mailFiles} tệp`);
  out(`  Biểu mẫu (bản xem trước): ${run.formFiles.join(', ')}`);
  out(`Xem Hộp thư đi: npx learning-week outbox ${run.file}`);
}

const shorten = (text: string, max = 60): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function flaggedRows(tables: TablesPort, tabNames: readonly string[]): number {
  return [ATTENDANCE_TABLE, TRAINING_SIGNUPS_TABLE, NOMINATIONS_TABLE]
    .map(
      (spec) =>
        loadTab(tables, spec, tabNames).rows.filter((r) => cellText(r.cells['problems']).trim() !== '')
          .length,
    )
    .reduce((a, b) => a + b, 0);
}
