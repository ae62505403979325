import { formatPercent, type Ratio } from '../forms/attendance';
import { formatShortDate } from '../i18n/dates';
import type { Activity } from '../plan';
import {
  ACTIVITIES_TABLE,
  ATTENDANCE_TABLE,
  NOMINATIONS_TABLE,
  OUTBOX_TABLE,
  OUTREACH_TABLE,
  PEOPLE_TABLE,
  TRAINING_SIGNUPS_TABLE,
} from '../schema/tables';
import type { ReportBlock, Run, TableCell } from './blocks';
import { OPENING_CHART, SEATS_CHART } from './charts';
import type { ReportFigures } from './figures';
import { activityWhen, NO_DATA, NOT_FILLED, plain, sourceNote } from './report-text';

/** Section II: the results, section by section of the plan. */

const p = (text: string, extra: Partial<Run> = {}): ReportBlock => ({
  kind: 'paragraph',
  align: 'justify',
  runs: [{ text, ...extra }],
});
const cell = (text: string, extra: Partial<TableCell> = {}): TableCell => ({ text, ...extra });
const h2 = (number: string, text: string): ReportBlock => ({ kind: 'heading', level: 2, number, text });

function outreachBlocks(f: ReportFigures): ReportBlock[] {
  const blocks: ReportBlock[] = [h2('1.', 'Công tác tuyên truyền')];
  const total = f.outreachByChannel.reduce((n, c) => n + c.entries.length, 0);
  if (total === 0) blocks.push(p(`Tin, bài tuyên truyền: ${NO_DATA}.`));
  else {
    const per = f.outreachByChannel.map((c) => `${plain(c.channel)}: ${c.entries.length}`).join('; ');
    blocks.push(p(`Đã đăng ${total} tin, bài trên ${f.outreachByChannel.length} kênh (${per}).`));
    blocks.push({
      kind: 'table',
      header: ['Kênh', 'Ngày', 'Đường liên kết', 'Người thực hiện', 'Ghi chú'],
      widths: [14, 13, 33, 18, 22],
      rows: f.outreachByChannel.flatMap((c) =>
        c.entries.map((e) => [
          cell(plain(c.channel)),
          cell(e.date ? formatShortDate(e.date) : NO_DATA),
          e.link ? cell(plain(e.link), { link: e.link }) : cell(NO_DATA),
          cell(e.by ? plain(e.by) : ''),
          cell(e.note ? plain(e.note) : ''),
        ]),
      ),
      source: sourceNote(
        OUTREACH_TABLE.name,
        f.outreachByChannel.flatMap((c) => c.entries.map((e) => e.row)),
      ),
    });
  }
  const inv = f.invitations;
  blocks.push(
    p(
      inv
        ? `Thư mời gửi CB-GV-NV: đã gửi ${inv.sent}; đang chờ gửi ${inv.waiting}; lỗi ${inv.failed} (tab “${OUTBOX_TABLE.name}”).`
        : `Thư mời gửi CB-GV-NV: ${NO_DATA}.`,
    ),
  );
  return blocks;
}

const STATUS_WORD = {
  done: 'Đã thực hiện',
  overdue: 'Chưa thực hiện',
  upcoming: 'Sắp diễn ra',
  cancelled: 'Hủy',
} as const;

function activityBlocks(f: ReportFigures): ReportBlock[] {
  const a = f.activities;
  const all: [Activity, keyof typeof STATUS_WORD][] = [
    ...a.done.map((x) => [x, 'done'] as [Activity, 'done']),
    ...a.overdue.map((x) => [x, 'overdue'] as [Activity, 'overdue']),
    ...a.upcoming.map((x) => [x, 'upcoming'] as [Activity, 'upcoming']),
    ...a.cancelled.map((x) => [x, 'cancelled'] as [Activity, 'cancelled']),
  ];
  const blocks: ReportBlock[] = [h2('2.', 'Các hoạt động trong tuần lễ')];
  if (all.length === 0) return [...blocks, p(`Hoạt động: ${NO_DATA}.`)];
  const total = all.length;
  blocks.push(
    p(
      `Kế hoạch có ${total} hoạt động: đã thực hiện ${a.done.length}; chưa thực hiện (đã qua thời gian) ` +
        `${a.overdue.length}; sắp diễn ra ${a.upcoming.length}; hủy ${a.cancelled.length}.`,
    ),
  );
  blocks.push({
    kind: 'table',
    header: ['Mã', 'Hoạt động', 'Thời gian', 'Trạng thái', 'Kết quả / ghi chú', 'Minh chứng'],
    widths: [7, 30, 17, 12, 21, 13],
    rows: all.map(([x, state]) => [
      cell(x.id),
      cell(plain(x.title)),
      cell(activityWhen(x)),
      cell(STATUS_WORD[state], { bold: state === 'overdue' }),
      cell(x.resultNotes ? plain(x.resultNotes) : state === 'done' ? NO_DATA : ''),
      x.evidence ? cell(plain(x.evidence), { link: x.evidence }) : cell(state === 'done' ? NO_DATA : ''),
    ]),
    source: sourceNote(
      ACTIVITIES_TABLE.name,
      all.map(([x]) => x.row),
    ),
  });
  return blocks;
}

function ratioText(r: Ratio): string {
  return `${r.count}/${r.total} (${formatPercent(r.percent)})`;
}

function verdict(r: Ratio): string {
  return r.total === 0 ? NO_DATA : r.met ? 'Đạt' : `Chưa đạt – thiếu ${r.needed} người`;
}

function openingBlocks(f: ReportFigures): ReportBlock[] {
  const blocks: ReportBlock[] = [h2('3.', 'Lễ khai mạc')];
  const o = f.opening;
  if (!o || o.present.total === 0) {
    return [...blocks, p(`Đăng ký và điểm danh dự lễ khai mạc: ${NO_DATA}.`)];
  }
  const target = formatPercent(o.target);
  const presentVerdict = o.present.met
    ? `đạt chỉ tiêu ${target}`
    : `chưa đạt chỉ tiêu ${target}, thiếu ${o.present.needed} người`;
  blocks.push(
    p(
      `Đăng ký tham dự: ${ratioText(o.registered)} CB-GV-NV; có mặt (điểm danh): ${ratioText(o.present)} – ` +
        `${presentVerdict}.`,
    ),
  );
  blocks.push({
    kind: 'table',
    header: ['Tổ/nhóm', 'Số người', 'Đăng ký', 'Có mặt', `Chỉ tiêu ${target}`],
    widths: [28, 12, 18, 18, 24],
    rows: [
      ...o.groups.map((g) => [
        cell(plain(g.group)),
        cell(String(g.present.total)),
        cell(ratioText(g.registered)),
        cell(ratioText(g.present)),
        cell(verdict(g.present)),
      ]),
      [
        cell('Toàn trường', { bold: true }),
        cell(String(o.present.total), { bold: true }),
        cell(ratioText(o.registered), { bold: true }),
        cell(ratioText(o.present), { bold: true }),
        cell(verdict(o.present), { bold: true }),
      ],
    ],
    source:
      `Nguồn: tab “${ATTENDANCE_TABLE.name}” (${o.rows} dòng phản hồi, ${o.notCounted} dòng cần xem lại hoặc ` +
      `không có email hợp lệ nên không tính) đối chiếu tab “${PEOPLE_TABLE.name}” (nhân sự đang làm việc).` +
      (o.outsiders.length > 0
        ? ` ${o.outsiders.length} địa chỉ ngoài danh sách nhân sự không được tính.`
        : ''),
  });
  blocks.push({
    kind: 'chart',
    chartId: OPENING_CHART,
    caption: `Biểu đồ 1. Tỷ lệ dự lễ khai mạc so với chỉ tiêu ${target}`,
  });
  return blocks;
}

function trainingBlocks(f: ReportFigures): ReportBlock[] {
  const blocks: ReportBlock[] = [h2('4.', 'Tập huấn, nói chuyện chuyên đề')];
  const t = f.training;
  if (!t || t.sessions.length === 0) return [...blocks, p(`Các buổi tập huấn, nói chuyện: ${NO_DATA}.`)];
  const seated = t.sessions.reduce((n, s) => n + s.seated, 0);
  const waiting = t.sessions.reduce((n, s) => n + s.waiting, 0);
  blocks.push(
    p(
      `${t.sessions.length} buổi; ${seated} lượt đăng ký có chỗ, ${waiting} lượt trong danh sách chờ ` +
        `(từ ${t.rows - t.notCounted} phiếu đăng ký hợp lệ). Điểm danh tại từng buổi: ${NO_DATA}.`,
    ),
  );
  blocks.push({
    kind: 'table',
    header: ['Mã', 'Buổi', 'Thời gian', 'Số chỗ', 'Có chỗ', 'Chờ'],
    widths: [8, 38, 24, 10, 10, 10],
    rows: t.sessions.map((s) => [
      cell(s.activity.id),
      cell(plain(s.activity.title)),
      cell(activityWhen(s.activity)),
      cell(s.capacity === undefined ? 'không giới hạn' : String(s.capacity)),
      cell(String(s.seated)),
      cell(String(s.waiting)),
    ]),
    source:
      `Nguồn: tab “${TRAINING_SIGNUPS_TABLE.name}” (${t.rows} dòng, ${t.notCounted} dòng cần xem lại không tính), ` +
      `chỗ xếp theo thứ tự gửi; số chỗ ở tab “${ACTIVITIES_TABLE.name}”.`,
  });
  blocks.push({
    kind: 'chart',
    chartId: SEATS_CHART,
    caption: 'Biểu đồ 2. Số chỗ và số người đăng ký từng buổi',
  });
  return blocks;
}

function pledgeBlocks(f: ReportFigures): ReportBlock[] {
  const blocks: ReportBlock[] = [h2('5.', 'Cam kết tham gia các khóa học dài hạn')];
  const t = f.training;
  if (!t || t.pledges.length === 0) return [...blocks, p(`Cam kết học tập: ${NO_DATA}.`)];
  blocks.push(p(`${t.pledgers} người cam kết tham gia ít nhất một khóa học trong năm.`));
  blocks.push({
    kind: 'table',
    header: ['Khóa học', 'Số người cam kết'],
    widths: [70, 30],
    rows: t.pledges.map((x) => [cell(plain(x.kind)), cell(String(x.count))]),
    source: `Nguồn: cột “Khóa học cam kết”, tab “${TRAINING_SIGNUPS_TABLE.name}”.`,
  });
  return blocks;
}

function nominationBlocks(f: ReportFigures): ReportBlock[] {
  const blocks: ReportBlock[] = [h2('6.', 'Bình chọn “Gia đình hiếu học”')];
  const n = f.nominations;
  if (!n || n.total === 0) return [...blocks, p(`Đề cử “Gia đình hiếu học”: ${NO_DATA}.`)];
  blocks.push(
    p(
      `Tổng số đề cử: ${n.total}; đồng ý chia sẻ thông tin: ${n.consented}; không đồng ý chia sẻ: ` +
        `${n.withoutConsent} (được lưu, không nêu tên, không gửi đi); được chọn: ${n.selected.length}; ` +
        `đã gửi phường: ${n.sent}.`,
    ),
  );
  const ward = f.plan.settings?.wardAssociation ? plain(f.plan.settings.wardAssociation) : NOT_FILLED;
  if (n.selected.length === 0) {
    blocks.push(p(`Danh sách gia đình được chọn gửi ${ward}: ${NO_DATA}.`));
    return blocks;
  }
  blocks.push(p(`Danh sách gia đình được chọn (đã đồng ý chia sẻ) gửi ${ward}:`));
  blocks.push({
    kind: 'table',
    header: ['STT', 'Đại diện gia đình', 'Tên trẻ', 'Lớp', 'Thành tích', 'Minh chứng'],
    widths: [6, 20, 16, 8, 34, 16],
    rows: n.selected.map((x, i) => [
      cell(String(i + 1)),
      cell(plain(x.family)),
      cell(x.child ? plain(x.child) : ''),
      cell(x.className ? plain(x.className) : ''),
      cell(x.achievements ? plain(x.achievements) : NO_DATA),
      x.evidence ? cell(plain(x.evidence), { link: x.evidence }) : cell(''),
    ]),
    source: sourceNote(
      NOMINATIONS_TABLE.name,
      n.selected.map((x) => x.row),
    ),
  });
  return blocks;
}

export const COMMENDATION_RULE =
  'Tiêu chí: cá nhân có mặt tại lễ khai mạc (đã điểm danh) và có chỗ trong ít nhất một buổi tập huấn ' +
  'hoặc nói chuyện chuyên đề; tập thể là tổ/nhóm có tỷ lệ có mặt tại lễ khai mạc cao nhất.';

function commendationBlocks(f: ReportFigures): ReportBlock[] {
  const blocks: ReportBlock[] = [h2('7.', 'Đề xuất khen thưởng'), p(COMMENDATION_RULE, { italic: true })];
  const c = f.commendation;
  if (!c) return [...blocks, p(`Đề xuất khen thưởng: ${NO_DATA}.`)];
  if (c.groups.length === 0) blocks.push(p(`Tập thể: ${NO_DATA}.`));
  else
    blocks.push(
      p(
        'Tập thể: ' +
          c.groups
            .map(
              (g) =>
                `${plain(g.group)}: ${g.present.count}/${g.present.total} người có mặt (${formatPercent(g.present.percent)})`,
            )
            .join('; ') +
          '.',
      ),
    );
  if (c.people.length === 0) {
    blocks.push(p(`Cá nhân: ${NO_DATA}.`));
    return blocks;
  }
  blocks.push(p(`Cá nhân: ${c.people.length} người.`));
  blocks.push({
    kind: 'table',
    header: ['STT', 'Họ và tên', 'Tổ/nhóm'],
    widths: [10, 55, 35],
    rows: c.people.map((x, i) => [
      cell(String(i + 1)),
      cell(plain(x.name)),
      cell(x.group ? plain(x.group) : ''),
    ]),
    source: sourceNote(
      PEOPLE_TABLE.name,
      c.people.map((x) => x.row),
    ),
  });
  return blocks;
}

export function resultBlocks(f: ReportFigures): ReportBlock[] {
  return [
    { kind: 'heading', level: 1, number: 'II.', text: 'KẾT QUẢ THỰC HIỆN' },
    ...outreachBlocks(f),
    ...activityBlocks(f),
    ...openingBlocks(f),
    ...trainingBlocks(f),
    ...pledgeBlocks(f),
    ...nominationBlocks(f),
    ...commendationBlocks(f),
  ];
}
