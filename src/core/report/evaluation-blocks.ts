import { formatPercent } from '../forms/attendance';
import { findingLine } from '../i18n/finding-messages';
import type { Activity } from '../plan';
import type { ReportBlock, Run } from './blocks';
import type { ReportFigures } from './figures';
import { NO_DATA, NOT_FILLED, plain } from './report-text';

/** Sections III (evaluation) and IV (proposals), "Nơi nhận" and the signature. */

/** How many open plan findings section III spells out (the rest are counted). */
const FINDINGS_LISTED = 10;

const item = (text: string): Run[] => [{ text }];

/** Beyond this many activities a limit names their ids only (the table in II.2 has the titles). */
const TITLES_LISTED = 5;

function activityList(activities: readonly Activity[]): string {
  if (activities.length > TITLES_LISTED) return activities.map((a) => a.id).join(', ');
  return activities.map((a) => `${a.id} ${plain(a.title)}`).join('; ');
}

function strengths(f: ReportFigures): Run[][] {
  const out: Run[][] = [];
  const done = f.activities.done.length;
  if (done > 0) out.push(item(`Đã thực hiện ${done} hoạt động theo kế hoạch, có ghi nhận kết quả.`));
  const posts = f.outreachByChannel.reduce((n, c) => n + c.entries.length, 0);
  if (posts > 0)
    out.push(item(`Tuyên truyền trên ${f.outreachByChannel.length} kênh với ${posts} tin, bài.`));
  const o = f.opening;
  if (o?.present.met)
    out.push(
      item(
        `Tỷ lệ dự lễ khai mạc ${formatPercent(o.present.percent)}, đạt chỉ tiêu ${formatPercent(o.target)}.`,
      ),
    );
  const t = f.training;
  if (t && t.pledgers > 0) out.push(item(`${t.pledgers} người cam kết tham gia các khóa học dài hạn.`));
  if (f.nominations && f.nominations.selected.length > 0)
    out.push(
      item(`Chọn được ${f.nominations.selected.length} “Gia đình hiếu học” giới thiệu lên Hội khuyến học.`),
    );
  return out.length > 0 ? out : [item(NO_DATA)];
}

function limits(f: ReportFigures): Run[][] {
  const out: Run[][] = [];
  const o = f.opening;
  if (o && o.present.total > 0 && !o.present.met) {
    out.push(
      item(
        `Tỷ lệ có mặt tại lễ khai mạc ${formatPercent(o.present.percent)}, chưa đạt chỉ tiêu ${formatPercent(o.target)} ` +
          `(thiếu ${o.present.needed} người).`,
      ),
    );
  }
  const missed = o?.groups.filter((g) => g.present.total > 0 && !g.present.met) ?? [];
  if (missed.length > 0)
    out.push(item(`Tổ/nhóm chưa đạt chỉ tiêu: ${missed.map((g) => plain(g.group)).join(', ')}.`));
  if (f.activities.overdue.length > 0)
    out.push(
      item(
        `Hoạt động đã qua thời gian nhưng chưa thực hiện hoặc chưa cập nhật kết quả: ` +
          activityList(f.activities.overdue) +
          '.',
      ),
    );
  if (f.activities.cancelled.length > 0)
    out.push(item(`Hoạt động bị hủy: ${activityList(f.activities.cancelled)}.`));
  const full = f.training?.sessions.filter((s) => s.waiting > 0) ?? [];
  if (full.length > 0)
    out.push(
      item(
        `Buổi thiếu chỗ (còn người chờ): ${full.map((s) => `${s.activity.id} (${s.waiting} người chờ)`).join('; ')}.`,
      ),
    );
  const errors = f.findings.filter((x) => x.severity === 'error').length;
  if (f.findings.length > 0) {
    out.push(
      item(
        `Kế hoạch còn ${errors} lỗi và ${f.findings.length - errors} cảnh báo chưa xử lý (chức năng “Kiểm tra kế hoạch”):`,
      ),
    );
    for (const x of f.findings.slice(0, FINDINGS_LISTED)) out.push(item(plain(findingLine(x))));
    if (f.findings.length > FINDINGS_LISTED)
      out.push(item(`… và ${f.findings.length - FINDINGS_LISTED} mục khác.`));
  }
  return out.length > 0 ? out : [item('Không có hạn chế nào được ghi nhận từ số liệu.')];
}

function lessons(f: ReportFigures): Run[][] {
  const out: Run[][] = [];
  const o = f.opening;
  if (o && o.registered.count > o.present.count)
    out.push(
      item(
        `${o.registered.count - o.present.count} người đăng ký nhưng không điểm danh: cần nhắc lịch sớm hơn và điểm danh ngay tại buổi.`,
      ),
    );
  if (f.activities.overdue.length > 0)
    out.push(item('Người phụ trách cần cập nhật trạng thái, kết quả và minh chứng ngay sau mỗi hoạt động.'));
  if ((f.training?.sessions ?? []).some((s) => s.waiting > 0))
    out.push(item('Nhu cầu tập huấn vượt số chỗ: cần bố trí thêm buổi hoặc tăng sức chứa.'));
  if (f.findings.length > 0) out.push(item('Rà soát và sửa các lỗi của kế hoạch trước tuần lễ năm sau.'));
  return out.length > 0 ? out : [item(NO_DATA)];
}

export function evaluationBlocks(f: ReportFigures): ReportBlock[] {
  const proposals = f.plan.settings?.proposals ? plain(f.plan.settings.proposals) : '';
  const proposalLines = proposals
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return [
    { kind: 'heading', level: 1, number: 'III.', text: 'ĐÁNH GIÁ CHUNG' },
    { kind: 'heading', level: 2, number: '1.', text: 'Ưu điểm' },
    { kind: 'bullets', items: strengths(f) },
    { kind: 'heading', level: 2, number: '2.', text: 'Hạn chế' },
    { kind: 'bullets', items: limits(f) },
    { kind: 'heading', level: 2, number: '3.', text: 'Bài học kinh nghiệm' },
    { kind: 'bullets', items: lessons(f) },
    { kind: 'heading', level: 1, number: 'IV.', text: 'KIẾN NGHỊ, ĐỀ XUẤT' },
    ...(proposalLines.length > 0
      ? proposalLines.map((text): ReportBlock => ({ kind: 'paragraph', align: 'justify', runs: [{ text }] }))
      : [{ kind: 'paragraph', runs: [{ text: NO_DATA }] } as ReportBlock]),
  ];
}

export function signatureBlock(f: ReportFigures): ReportBlock {
  const s = f.plan.settings;
  const recipients = (s?.recipientsNote ?? '')
    .split(';')
    .map((r) => plain(r))
    .filter((r) => r !== '')
    .map((r, i, all) => `- ${r}${i === all.length - 1 ? '.' : ';'}`);
  return {
    kind: 'signature',
    recipientsTitle: 'Nơi nhận:',
    recipients: recipients.length > 0 ? recipients : [`- ${NOT_FILLED}`],
    signerTitle: s?.signerTitle ? plain(s.signerTitle).toUpperCase() : 'HIỆU TRƯỞNG',
    signerName: s?.signerName ? plain(s.signerName) : NOT_FILLED,
  };
}
