import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../src/core/report';
import { chartPng, chartSvg } from '../../../src/local/report/chart-image';
import { AFTER_WEEK, sampleGrids } from '../../core/report/report-fixture';

const model = buildReport({ grids: sampleGrids(), at: AFTER_WEEK });
const opening = model.charts.find((c) => c.id === 'opening-attendance')!;
const seats = model.charts.find((c) => c.id === 'session-seats')!;

describe('report charts drawn by vega and resvg', () => {
  it('draws the opening chart as SVG with its Vietnamese labels and the target', async () => {
    const svg = await chartSvg(opening);
    for (const label of [
      'Dự lễ khai mạc so với chỉ tiêu',
      'Tổ Chồi',
      'Toàn trường',
      'Có mặt',
      'Đăng ký',
      'Chỉ tiêu 50 %',
      '>25<',
    ]) {
      expect(svg).toContain(label);
    }
    // Bar labels carry the number alone (the axis says %), so neighbouring labels never run together.
    expect(svg).not.toMatch(/>\d+(,\d)? %</);
    // Two series over three groups: six bars, plus the legend's two symbols.
    expect(svg.match(/<path[^>]*fill="#(1f4e79|5b9bd5)"/g)?.length).toBe(8);
  });

  it('draws the seats chart with the session ids', async () => {
    const svg = await chartSvg(seats);
    for (const label of ['HD05', 'HD07', 'Danh sách chờ', 'Số chỗ']) expect(svg).toContain(label);
  });

  it('rasterises to a PNG of a sane size', async () => {
    const { png, width, height } = await chartPng(opening);
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(png.readUInt32BE(16)).toBe(width);
    expect(png.readUInt32BE(20)).toBe(height);
    expect(width).toBeGreaterThan(800);
    expect(width).toBeLessThan(2000);
    expect(height).toBeGreaterThan(400);
    expect(png.length).toBeGreaterThan(10_000);
  });
});
