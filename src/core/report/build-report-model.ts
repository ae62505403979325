import type { Grid, LocalDateTime } from '../cell';
import { formatPercent } from '../forms/attendance';
import { parseLedger, readLedgerTable } from '../outbox/ledger-rows';
import type { TableKey } from '../schema/types';
import { checkPlan, type EnvironmentZones } from '../validation';
import type { Headline, ReportModel } from './blocks';
import { openingChart, seatsChart } from './charts';
import { evaluationBlocks, signatureBlock } from './evaluation-blocks';
import { computeFigures, type ReportFigures } from './figures';
import { headerBlocks } from './header-blocks';
import { readAttendanceRows, readNominationRows, readTrainingRows } from './response-tabs';
import { resultBlocks } from './results-blocks';
import { NO_DATA } from './report-text';

/** Every tab the report reads, as grids (header row first); an absent tab is undefined. */
export interface ReportInput {
  readonly grids: Partial<Record<TableKey, Grid | undefined>>;
  readonly tabNames?: Partial<Record<TableKey, string>>;
  /** The moment the report describes (wall clock of the school). */
  readonly at: LocalDateTime;
  readonly env?: EnvironmentZones;
}

/** The figures alone (for tests, the CLI's headline and the mail): no layout. */
export function reportFigures(input: ReportInput): ReportFigures {
  const { grids } = input;
  const { plan, findings } = checkPlan(grids, input.tabNames ?? {}, input.env ?? {});
  return computeFigures({
    plan,
    findings,
    at: input.at,
    responses: {
      ...(grids.attendance ? { attendance: { rows: readAttendanceRows(grids.attendance) } } : {}),
      ...(grids.trainingSignups
        ? { training: { rows: readTrainingRows(grids.trainingSignups, plan.activities) } }
        : {}),
      ...(grids.nominations ? { nominations: { rows: readNominationRows(grids.nominations) } } : {}),
    },
    ...(grids.outbox ? { ledger: parseLedger(readLedgerTable(grids.outbox)) } : {}),
  });
}

function headline(f: ReportFigures): Headline[] {
  const o = f.opening;
  const t = f.training;
  const activities = f.activities;
  const planned =
    activities.done.length +
    activities.overdue.length +
    activities.upcoming.length +
    activities.cancelled.length;
  return [
    {
      label: 'Có mặt lễ khai mạc',
      value:
        o && o.present.total > 0
          ? `${o.present.count}/${o.present.total} (${formatPercent(o.present.percent)}, chỉ tiêu ${formatPercent(o.target)})`
          : NO_DATA,
    },
    {
      label: 'Hoạt động đã thực hiện',
      value: planned > 0 ? `${activities.done.length}/${planned}` : NO_DATA,
    },
    {
      label: 'Tin, bài tuyên truyền',
      value: String(f.outreachByChannel.reduce((n, c) => n + c.entries.length, 0)),
    },
    {
      label: 'Lượt đăng ký tập huấn có chỗ',
      value: t && t.sessions.length > 0 ? String(t.sessions.reduce((n, s) => n + s.seated, 0)) : NO_DATA,
    },
    {
      label: 'Gia đình hiếu học được chọn',
      value: f.nominations ? String(f.nominations.selected.length) : NO_DATA,
    },
  ];
}

/**
 * The whole report at `at`: pure and deterministic (the same tabs and moment give the same
 * model). Never throws on what a sheet can hold: missing data reads "chưa có dữ liệu".
 */
export function buildReport(input: ReportInput): ReportModel {
  const f = reportFigures(input);
  const year = f.plan.settings?.year;
  const charts = [openingChart(f), seatsChart(f)].filter((c) => c !== undefined);
  const yearText = year === undefined ? 'chua-ro-nam' : String(year);
  return {
    ...(year === undefined ? {} : { year }),
    at: input.at,
    preview: f.preview,
    fileName: `bao-cao-${yearText}`,
    documentTitle:
      `Báo cáo Tuần lễ hưởng ứng học tập suốt đời ${year ?? ''}`.trim() +
      (f.preview ? ' (bản xem trước)' : ''),
    blocks: [...headerBlocks(f), ...resultBlocks(f), ...evaluationBlocks(f), signatureBlock(f)],
    charts,
    headline: headline(f),
  };
}
