import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import * as vega from 'vega';
import type { ChartSpec } from '../../core/report';

/**
 * Draws a report chart (core ChartSpec: data and labels only) with vega to SVG, then to PNG
 * with resvg: maintained libraries, no canvas, no hand-written rasteriser. Word and LibreOffice
 * both embed PNG reliably, so the .docx carries the PNG.
 */

const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
/** DejaVu Sans covers every Vietnamese letter; used when the machine has it. */
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => `${FONT_DIR}/${f}`);
const FONT = 'DejaVu Sans';
const COLOURS = ['#1f4e79', '#5b9bd5', '#f4b183'];

export const CHART_WIDTH = 560;
export const CHART_HEIGHT = 260;

const number = (value: number): string => {
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1).replace('.', ',');
  return text;
};

/** The vega specification of a grouped bar chart with an optional dashed target rule. */
export function vegaSpec(chart: ChartSpec): vega.Spec {
  const values = chart.data.map((d) => ({
    ...d,
    // The value axis says "%": a bar's label is the number alone, so two neighbours' labels fit.
    label: number(d.value),
  }));
  const maxValue = Math.max(1, ...chart.data.map((d) => d.value), chart.target?.value ?? 0);
  const marks: vega.Mark[] = [
    {
      type: 'group',
      from: { facet: { data: 'table', name: 'facet', groupby: 'category' } },
      encode: { enter: { x: { scale: 'x', field: 'category' } } },
      signals: [{ name: 'width', update: "bandwidth('x')" }],
      scales: [{ name: 'pos', type: 'band', range: 'width', domain: [...chart.series] }],
      marks: [
        {
          type: 'rect',
          from: { data: 'facet' },
          encode: {
            enter: {
              x: { scale: 'pos', field: 'series' },
              width: { scale: 'pos', band: 1 },
              y: { scale: 'y', field: 'value' },
              y2: { scale: 'y', value: 0 },
              fill: { scale: 'color', field: 'series' },
            },
          },
        },
        {
          type: 'text',
          from: { data: 'facet' },
          encode: {
            enter: {
              x: { scale: 'pos', field: 'series', band: 0.5 },
              y: { scale: 'y', field: 'value', offset: -3 },
              text: { field: 'label' },
              align: { value: 'center' },
              baseline: { value: 'bottom' },
              font: { value: FONT },
              // Never wider than its bar: many groups make narrow bars, and labels must not touch.
              fontSize: { signal: "min(10, bandwidth('pos') / (0.62 * max(1, length(datum.label))))" },
              fill: { value: '#222222' },
            },
          },
        },
      ],
    },
  ];
  if (chart.target) {
    marks.push({
      type: 'rule',
      from: { data: 'target' },
      encode: {
        enter: {
          x: { value: 0 },
          x2: { signal: 'width' },
          y: { scale: 'y', field: 'value' },
          stroke: { value: '#c00000' },
          strokeWidth: { value: 2 },
          strokeDash: { value: [6, 4] },
        },
      },
    });
  }
  return {
    $schema: 'https://vega.github.io/schema/vega/v6.json',
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    padding: 12,
    background: 'white',
    // The target is named in the subtitle, not on the rule, where it would cover a bar's label.
    title: {
      text: chart.title,
      font: FONT,
      fontSize: 14,
      ...(chart.target
        ? {
            subtitle: chart.targetNote ?? chart.target.label,
            subtitleFont: FONT,
            subtitleColor: '#c00000',
          }
        : {}),
    },
    config: {
      axis: { labelFont: FONT, titleFont: FONT, labelFontSize: 11, titleFontSize: 12 },
      legend: { labelFont: FONT, titleFont: FONT, labelFontSize: 11 },
    },
    data: [
      { name: 'table', values },
      { name: 'target', values: chart.target ? [chart.target] : [] },
    ],
    scales: [
      {
        name: 'x',
        type: 'band',
        domain: { data: 'table', field: 'category' },
        range: 'width',
        padding: 0.25,
      },
      {
        name: 'y',
        type: 'linear',
        domain: chart.unit === '%' ? [0, 100] : [0, maxValue],
        nice: chart.unit !== '%',
        zero: true,
        range: 'height',
      },
      { name: 'color', type: 'ordinal', domain: [...chart.series], range: COLOURS },
    ],
    axes: [
      { orient: 'bottom', scale: 'x', title: chart.categoryTitle },
      { orient: 'left', scale: 'y', title: chart.valueTitle, grid: true, tickMinStep: 1 },
    ],
    legends: [{ fill: 'color', orient: 'bottom', direction: 'horizontal' }],
    marks,
  };
}

export async function chartSvg(chart: ChartSpec): Promise<string> {
  const view = new vega.View(vega.parse(vegaSpec(chart)), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

export interface ChartPng {
  readonly png: Buffer;
  readonly width: number;
  readonly height: number;
}

/** The SVG rasterised at twice its size (sharp when printed), with DejaVu Sans when present. */
export function svgToPng(svg: string, scale = 2): ChartPng {
  const fontFiles = FONT_FILES.filter((f) => existsSync(f));
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: 'white',
    font: {
      fontFiles,
      // Without DejaVu on this machine, let resvg find whatever the system has.
      loadSystemFonts: fontFiles.length === 0,
      defaultFontFamily: FONT,
      sansSerifFamily: FONT,
    },
  });
  const rendered = resvg.render();
  return { png: rendered.asPng(), width: rendered.width, height: rendered.height };
}

export async function chartPng(chart: ChartSpec): Promise<ChartPng & { svg: string }> {
  const svg = await chartSvg(chart);
  return { svg, ...svgToPng(svg) };
}
