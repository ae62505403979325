import type { ChartSpec } from '../core/report';

/** Pixels of the chart image; the Doc shows it scaled to the text width. */
const WIDTH = 900;
const HEIGHT = 500;

/**
 * The chart of a ChartSpec as a PNG blob, drawn by the Charts service (no scope of its own, no
 * sheet needed): one column per category, one bar per series, the target as one more series so
 * each group stands next to it. Undefined when the spec has no data.
 */
export function chartBlob(spec: ChartSpec): GoogleAppsScript.Base.Blob | undefined {
  if (spec.data.length === 0) return undefined;
  const series = spec.target ? [...spec.series, spec.target.label] : [...spec.series];
  const table = Charts.newDataTable().addColumn(Charts.ColumnType.STRING, spec.categoryTitle);
  for (const name of series) table.addColumn(Charts.ColumnType.NUMBER, name);
  const categories = [...new Set(spec.data.map((d) => d.category))];
  for (const category of categories) {
    const values = spec.series.map(
      (s) => spec.data.find((d) => d.category === category && d.series === s)?.value ?? 0,
    );
    table.addRow([category, ...values, ...(spec.target ? [spec.target.value] : [])]);
  }
  const builder = Charts.newColumnChart()
    .setDataTable(table)
    .setTitle(spec.title)
    .setXAxisTitle(spec.categoryTitle)
    .setYAxisTitle(spec.valueTitle)
    .setDimensions(WIDTH, HEIGHT);
  if (spec.unit === '%') builder.setRange(0, 100);
  return builder.build().getAs('image/png').setName(`${spec.id}.png`);
}
