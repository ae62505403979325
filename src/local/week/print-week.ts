import { formatPercent } from '../../core/forms/attendance';
import { textTable } from '../runtime/text-table';
import type { WeekSummary } from './week-summary';

const yesNo = (value: boolean): string => (value ? 'đạt' : 'chưa đạt');
const shorten = (text: string, max = 48): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The end-of-week summary for a principal: one table of figures, one of the sessions. */
export function summaryLines(s: WeekSummary, outDir: string): string[] {
  const rows: [string, string][] = [
    ['Hoạt động trong kế hoạch', String(s.plan.activities)],
    ['Nhân sự / phụ huynh', `${s.plan.people} / ${s.plan.families}`],
    ['Kiểm tra kế hoạch', `${s.findings.errors} lỗi, ${s.findings.warnings} cảnh báo`],
    [
      'Sự kiện lịch (.ics)',
      `${s.calendar.events} sự kiện, ${s.calendar.cancelled} đã hủy, ${s.calendar.guests} khách mời`,
    ],
    ['Thư đã xếp vào Hộp thư đi', String(s.mail.queued)],
    ['  đã gửi', String(s.mail.sent)],
    ['  còn chờ (hạn mức, thử lại)', String(s.mail.deferred)],
    ['  thất bại / cần kiểm tra', String(s.mail.failed)],
    [
      '  gửi vào ngày sau (hết hạn mức)',
      `${s.mail.sentLater} (hạn mức ${s.mail.dailyLimit} người nhận/ngày)`,
    ],
    [
      'Phản hồi biểu mẫu',
      `${s.responses.received} nhận, ${s.responses.duplicates} trùng, ${s.responses.flagged} cần xem lại`,
    ],
    [
      `Khai mạc (chỉ tiêu ${formatPercent(s.opening.targetPercent)})`,
      `${s.opening.registered}/${s.opening.staff} đăng ký, ${s.opening.present}/${s.opening.staff} có mặt – ${yesNo(s.opening.targetMet)}`,
    ],
    [
      'Đề cử "Gia đình hiếu học"',
      `${s.nominations.total} (${s.nominations.withConsent} đồng ý chia sẻ, ${s.nominations.withoutConsent} chưa đồng ý)`,
    ],
    ['Báo cáo', s.files.report ? `${outDir}/${s.files.report}` : 'chưa lập'],
    ['Tệp kế hoạch', `${outDir}/${s.files.workbook}`],
  ];
  const sessions = s.sessions.map((x) => [
    x.id,
    shorten(x.title),
    x.capacity === null ? `${x.seated} (không giới hạn)` : `${x.seated}/${x.capacity}`,
    String(x.waiting),
  ]);
  return [
    '',
    'Tổng kết tuần lễ',
    ...textTable(['Mục', 'Số liệu'], rows),
    '',
    ...textTable(['Mã', 'Buổi tập huấn / nói chuyện', 'Chỗ', 'Người chờ'], sessions),
    '',
    `Thư (.eml): ${outDir}/mail · Lịch (.ics): ${outDir}/calendar · Số liệu: ${outDir}/summary.json`,
  ];
}
