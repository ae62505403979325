import { formatPercent } from '../forms/attendance';
import type { ChartDatum, ChartSpec } from './blocks';
import type { ReportFigures } from './figures';
import { languageOf, plain, textsOf } from './report-text';

/** The report's charts as data; a runtime draws them (vega locally, a sheet chart in Apps Script). */

export const OPENING_CHART = 'opening-attendance';
export const SEATS_CHART = 'session-seats';

const round1 = (n: number): number => Math.round(n * 10) / 10;

/** Registered and present, in % of each group's active staff, against the target. */
export function openingChart(f: ReportFigures): ChartSpec | undefined {
  const o = f.opening;
  if (!o || o.present.total === 0) return undefined;
  const c = textsOf(f).charts;
  const whole = textsOf(f).results.wholeSchool;
  const target = c.target(formatPercent(o.target, languageOf(f)));
  const data: ChartDatum[] = [];
  for (const g of [...o.groups, { group: whole, registered: o.registered, present: o.present }]) {
    data.push({ category: plain(g.group), series: c.registered, value: round1(g.registered.percent) });
    data.push({ category: plain(g.group), series: c.present, value: round1(g.present.percent) });
  }
  return {
    id: OPENING_CHART,
    title: c.openingTitle,
    categoryTitle: c.openingCategory,
    valueTitle: c.openingValue,
    unit: '%',
    series: [c.registered, c.present],
    data,
    target: { label: target, value: o.target },
    targetNote: c.targetLine(target),
  };
}

/** Seats, seated and waiting per session (by activity id, which the table beside it names). */
export function seatsChart(f: ReportFigures): ChartSpec | undefined {
  const t = f.training;
  if (!t || t.sessions.length === 0) return undefined;
  const c = textsOf(f).charts;
  const data: ChartDatum[] = [];
  for (const s of t.sessions) {
    if (s.capacity !== undefined)
      data.push({ category: s.activity.id, series: c.capacity, value: s.capacity });
    data.push({ category: s.activity.id, series: c.seated, value: s.seated });
    data.push({ category: s.activity.id, series: c.waiting, value: s.waiting });
  }
  return {
    id: SEATS_CHART,
    title: c.seatsTitle,
    categoryTitle: c.seatsCategory,
    valueTitle: c.seatsValue,
    unit: 'count',
    series: [c.capacity, c.seated, c.waiting],
    data,
  };
}
