import type { FormId } from '../../core/forms/types';
import {
  DAILY_DRAIN_AT,
  DAILY_PROGRESS_AT,
  EDIT_SYNC_AFTER_MS,
  PROCESS_AFTER_MS,
  PROCESSING_STALE_MS,
  PURGE_AT,
  REMINDERS_AT,
} from './schedule';
import { MAX_RETRY_RUNS } from './calendar-follow-up';
import type { JobName } from './jobs';

/**
 * Which job runs on which trigger, after what, with what retries: the week's timetable. Apps
 * Script installs its triggers from the `daily` rows and names its globals after `handler`
 * (src/gas/handlers.ts); the local week plays the same jobs at the same minutes
 * (week-scenario.ts); the README's timetable is this table (a test compares them).
 */

export type TriggerWhen =
  | { readonly kind: 'daily'; readonly at: { readonly hour: number; readonly minute: number } }
  | { readonly kind: 'formSubmit' }
  | { readonly kind: 'edit' }
  /** A one-off run another job asks for (at most one pending). */
  | { readonly kind: 'oneOff' }
  /** A one-off run at the report time of the Settings. */
  | { readonly kind: 'reportTime' };

export interface TriggerRule {
  /** The Apps Script global it calls. */
  readonly handler: string;
  readonly job: JobName | 'recordResponse' | 'planEdited';
  readonly when: TriggerWhen;
  /** What it does, in the order it does it (Vietnamese: the README is the principal's). */
  readonly does: string;
  /** What happens when it cannot finish. */
  readonly retries: string;
}

const minutes = (ms: number): number => Math.round(ms / 60_000);

/** The submit handler of each form: a trigger's name says which form it serves. */
export const SUBMIT_HANDLERS: Readonly<Record<FormId, string>> = {
  attendance: 'onAttendanceSubmit',
  training: 'onTrainingSubmit',
  nomination: 'onNominationSubmit',
  result: 'onResultSubmit',
};

export const TRIGGER_RULES: readonly TriggerRule[] = [
  {
    handler: 'drainOutbox',
    job: 'drain',
    when: { kind: 'daily', at: DAILY_DRAIN_AT },
    does: 'Đồng bộ lịch (nếu đã bật), rồi gửi thư đang chờ trong hạn mức của ngày.',
    retries:
      'Hết 270 giây: hẹn một lần chạy tiếp. Hết hạn mức: thư chờ đến khi hạn mức được cấp lại (24 giờ sau thư đầu tiên của lượt hạn mức), mỗi lần gửi đều kiểm tra lại. Lỗi tạm thời: thử lại sau 5, 10, 20… phút. Lỗi chưa rõ: thử lại sau 20, 40 phút, "thất bại" sau 3 lần.',
  },
  {
    handler: 'continueOutboxDrain',
    job: 'continuation',
    when: { kind: 'oneOff' },
    does: `Chạy ${minutes(EDIT_SYNC_AFTER_MS)} phút sau một lần sửa kế hoạch, hoặc khi lần gửi trước hết giờ: đồng bộ lịch nếu có sửa đổi, rồi gửi thư.`,
    retries: `Lịch bị giới hạn tốc độ: thử lại ở lần chạy sau, tối đa ${MAX_RETRY_RUNS} lần liên tiếp (lần gửi hằng ngày vẫn thử).`,
  },
  {
    handler: 'sendReminders',
    job: 'reminders',
    when: { kind: 'daily', at: REMINDERS_AT },
    does: 'Xếp một thư nhắc cho mỗi khách mời của hoạt động ngày mai, rồi gửi thư.',
    retries: 'Chạy lại không xếp trùng (mỗi người, mỗi ngày một thư).',
  },
  {
    handler: 'sendDailyProgress',
    job: 'progress',
    when: { kind: 'daily', at: DAILY_PROGRESS_AT },
    does: 'Ghi các câu trả lời bị bỏ lỡ, xin người phụ trách báo cáo kết quả các hoạt động đã kết thúc (hôm trước giờ lập báo cáo: nhắc một lần), xếp tin tiến độ cho người tổ chức, rồi gửi thư.',
    retries: 'Mỗi ngày một tin, mỗi người phụ trách một thư; câu trả lời đã ghi không ghi lại.',
  },
  {
    handler: 'purgePersonalData',
    job: 'purge',
    when: { kind: 'daily', at: PURGE_AT },
    does: 'Sau thời hạn lưu trữ: xóa dữ liệu cá nhân của phụ huynh, giữ số liệu.',
    retries: 'Chạy lại không thay đổi gì thêm.',
  },
  {
    handler: 'buildReportOnSchedule',
    job: 'report',
    when: { kind: 'reportTime' },
    does: 'Lập báo cáo chính thức, chia sẻ với Ban giám hiệu, gửi thư báo đường dẫn.',
    retries: 'Lần chạy thứ hai thấy báo cáo đã lập và không làm gì.',
  },
  {
    handler: 'onPlanEdit',
    job: 'planEdited',
    when: { kind: 'edit' },
    does: `Đánh dấu lịch cần đồng bộ và hẹn một lần chạy tiếp sau ${minutes(EDIT_SYNC_AFTER_MS)} phút (không gọi Lịch).`,
    retries: 'Nhiều lần sửa liền nhau chỉ hẹn một lần chạy.',
  },
  {
    handler: 'processResponses',
    job: 'processResponses',
    when: { kind: 'oneOff' },
    does: `Chạy ${minutes(PROCESS_AFTER_MS)} phút sau câu trả lời đầu tiên đang chờ: ghi mọi câu trả lời đang chờ trong một lượt (bỏ trùng, chuẩn hóa, xếp chỗ, xếp thư xác nhận), rồi gửi thư.`,
    retries: `Bảng tính đang bận: tự hẹn lại sau ${minutes(PROCESS_AFTER_MS)} phút, không bỏ câu trả lời nào. Lần chạy bị ngắt: câu trả lời vẫn chờ, lần gửi biểu mẫu sau ${minutes(PROCESSING_STALE_MS)} phút hẹn lần chạy mới; tin tiến độ lúc 17:00 quét lại các biểu mẫu.`,
  },
  ...(Object.entries(SUBMIT_HANDLERS) as [FormId, string][]).map(([, handler]): TriggerRule => ({
    handler,
    job: 'recordResponse',
    when: { kind: 'formSubmit' },
    does: `Lưu câu trả lời vào hàng chờ (không khóa, không mở bảng tính) và hẹn lần xử lý sau ${minutes(PROCESS_AFTER_MS)} phút nếu chưa có.`,
    retries:
      'Không phải chờ ai; câu trả lời gửi hai lần chỉ ghi một. Lần chạy lỗi: tin tiến độ lúc 17:00 ghi lại từ biểu mẫu.',
  })),
];

/** The handler of the one-off continuation (the drain's and the calendar's follow-up). */
export const CONTINUATION_HANDLER = handlerOf('continuation');
export const DAILY_DRAIN_HANDLER = handlerOf('drain');
export const REMINDERS_HANDLER = handlerOf('reminders');
export const EDIT_HANDLER = handlerOf('planEdited');
export const REPORT_HANDLER = handlerOf('report');
export const PURGE_HANDLER = handlerOf('purge');
/** The one-off run that records the waiting responses. */
export const PROCESS_RESPONSES_HANDLER = handlerOf('processResponses');

/** The daily rows, as Apps Script installs them (hour and minute in the script's zone). */
export const DAILY_TRIGGERS = TRIGGER_RULES.flatMap((rule) =>
  rule.when.kind === 'daily' ? [{ handler: rule.handler, ...rule.when.at }] : [],
);

function handlerOf(job: TriggerRule['job']): string {
  const rule = TRIGGER_RULES.find((r) => r.job === job);
  if (!rule) throw new Error(`no trigger runs ${job}`);
  return rule.handler;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function whenText(when: TriggerWhen): string {
  switch (when.kind) {
    case 'daily':
      return `hằng ngày, khoảng ${pad(when.at.hour)}:${pad(when.at.minute)}`;
    case 'formSubmit':
      return 'khi có câu trả lời biểu mẫu';
    case 'edit':
      return 'khi sửa tab kế hoạch';
    case 'oneOff':
      return 'một lần, khi được hẹn';
    case 'reportTime':
      return '"Thời điểm lập báo cáo" (Cấu hình)';
  }
}

/** The timetable as the README shows it (Markdown). */
export function triggerTableMarkdown(): string {
  const rows = TRIGGER_RULES.filter(
    (rule, i) => rule.job !== 'recordResponse' || TRIGGER_RULES.findIndex((r) => r.job === rule.job) === i,
  ).map((rule) => {
    const handler =
      rule.job === 'recordResponse'
        ? Object.values(SUBMIT_HANDLERS)
            .map((h) => `\`${h}\``)
            .join(', ')
        : `\`${rule.handler}\``;
    return `| ${whenText(rule.when)} | ${handler} | ${rule.does} | ${rule.retries} |`;
  });
  return ['| Khi nào | Hàm | Làm gì | Khi không xong |', '|---|---|---|---|', ...rows].join('\n');
}
