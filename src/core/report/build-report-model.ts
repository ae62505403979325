import type { Grid, LocalDateTime } from '../cell';
import { formatPercent } from '../forms/attendance';
import { parseLedger, readLedgerTable } from '../outbox/ledger-rows';
import type { TableKey } from '../schema/types';
import { checkPlan, type EnvironmentZones } from '../validation';
import type { Headline, ReportModel } from './blocks';
import { openingChart, seatsChart } from './charts';
import { evaluationBlocks, signatureBlock } from './evaluation-blocks';
import { computeFigures, type ReportFigures } from './figures';
import { annexBlocks } from './annex-blocks';
import { districtFigures } from './district-figures';
import { headerBlocks } from './header-blocks';
import type { ActivityParticipation } from './participation';
import { fitTables } from './table-fit';
import { readAttendanceRows, readNominationRows, readTrainingRows } from './response-tabs';
import { resultBlocks } from './results-blocks';
import { languageOf, textsOf } from './report-text';

/** Every tab the report reads, as grids (header row first); an absent tab is undefined. */
export interface ReportInput {
  readonly grids: Partial<Record<TableKey, Grid | undefined>>;
  readonly tabNames?: Partial<Record<TableKey, string>>;
  /** The moment the report describes (wall clock of the school). */
  readonly at: LocalDateTime;
  readonly env?: EnvironmentZones;
  /** Who took part in each activity, as its owner reported it (the results form). */
  readonly participation?: readonly ActivityParticipation[];
}

/** The figures alone (for tests, the CLI's headline and the mail): no layout. */
export function reportFigures(input: ReportInput): ReportFigures {
  const { grids } = input;
  const { plan, findings } = checkPlan(grids, input.tabNames ?? {}, input.env ?? {});
  const figures = computeFigures({
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
    ...(input.participation ? { participation: input.participation } : {}),
  });
  return input.tabNames ? { ...figures, tabNames: input.tabNames } : figures;
}

function headline(f: ReportFigures): Headline[] {
  const lang = languageOf(f);
  const t = textsOf(f);
  const h = t.headline;
  const o = f.opening;
  const tr = f.training;
  const activities = f.activities;
  const planned =
    activities.done.length +
    activities.postponed.length +
    activities.overdue.length +
    activities.upcoming.length +
    activities.cancelled.length;
  return [
    {
      label: h.present,
      value:
        o && o.present.total > 0
          ? h.presentValue(
              o.present.count,
              o.present.total,
              formatPercent(o.present.percent, lang),
              formatPercent(o.target, lang),
            )
          : t.noData,
    },
    { label: h.done, value: planned > 0 ? `${activities.done.length}/${planned}` : t.noData },
    { label: h.posts, value: String(f.outreachByChannel.reduce((n, c) => n + c.entries.length, 0)) },
    {
      label: h.seated,
      value: tr && tr.sessions.length > 0 ? String(tr.sessions.reduce((n, s) => n + s.seated, 0)) : t.noData,
    },
    { label: h.families, value: f.nominations ? String(f.nominations.selected.length) : t.noData },
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
  const figures = districtFigures(f);
  return {
    language: languageOf(f),
    ...(year === undefined ? {} : { year }),
    at: input.at,
    preview: f.preview,
    fileName: `bao-cao-${yearText}`,
    documentTitle: textsOf(f).documentTitle(year === undefined ? '' : String(year), f.preview),
    blocks: fitTables([
      ...headerBlocks(f),
      ...resultBlocks(f),
      ...evaluationBlocks(f),
      signatureBlock(f),
      ...annexBlocks(f, figures),
    ]),
    charts,
    headline: headline(f),
    figures,
  };
}
