import { formatPercent } from '../forms/attendance';
import type { ChartDatum, ChartSpec } from './blocks';
import type { ReportFigures } from './figures';
import { plain } from './report-text';

/** The report's charts as data; a runtime draws them (vega locally, a sheet chart in Apps Script). */

export const OPENING_CHART = 'opening-attendance';
export const SEATS_CHART = 'session-seats';

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Registered and present, in % of each group's active staff, against the target. */
export function openingChart(f: ReportFigures): ChartSpec | undefined {
  const o = f.opening;
  if (!o || o.present.total === 0) return undefined;
  const data: ChartDatum[] = [];
  for (const g of [...o.groups, { group: 'Toàn trường', registered: o.registered, present: o.present }]) {
    data.push({ category: plain(g.group), series: 'Đăng ký', value: round1(g.registered.percent) });
    data.push({ category: plain(g.group), series: 'Có mặt', value: round1(g.present.percent) });
  }
  return {
    id: OPENING_CHART,
    title: 'Dự lễ khai mạc so với chỉ tiêu',
    categoryTitle: 'Tổ/nhóm',
    valueTitle: 'Tỷ lệ CB-GV-NV (%)',
    unit: '%',
    series: ['Đăng ký', 'Có mặt'],
    data,
    target: { label: `Chỉ tiêu ${formatPercent(o.target)}`, value: o.target },
  };
}

/** Seats, seated and waiting per session (by activity id, which the table beside it names). */
export function seatsChart(f: ReportFigures): ChartSpec | undefined {
  const t = f.training;
  if (!t || t.sessions.length === 0) return undefined;
  const data: ChartDatum[] = [];
  for (const s of t.sessions) {
    if (s.capacity !== undefined) data.push({ category: s.activity.id, series: 'Số chỗ', value: s.capacity });
    data.push({ category: s.activity.id, series: 'Có chỗ', value: s.seated });
    data.push({ category: s.activity.id, series: 'Danh sách chờ', value: s.waiting });
  }
  return {
    id: SEATS_CHART,
    title: 'Chỗ và đăng ký các buổi tập huấn, nói chuyện',
    categoryTitle: 'Buổi (mã hoạt động)',
    valueTitle: 'Số người',
    unit: 'người',
    series: ['Số chỗ', 'Có chỗ', 'Danh sách chờ'],
    data,
  };
}
