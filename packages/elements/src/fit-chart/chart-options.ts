/**
 * The uPlot options and aligned data for a chart model: one x scale of sessions, one total axis on the
 * left that the outcome and alliance scales share (both 0 to 40), the expected band between its edges, and no uPlot legend
 * (the element draws its own, with the series' dashes and shapes).
 */
import type uPlot from 'uplot';
import type { ChartModel } from './chart-model.js';
import type { Palette } from './read-palette.js';
import { withAlpha } from './read-palette.js';
import { drawOverlays } from './draw-overlays.js';

export function chartData({ xs, series, band }: ChartModel): uPlot.AlignedData {
  const data = [xs, ...series.map((s) => s.values)];
  if (band) data.push(band.upper, band.expected, band.lower);
  return data as uPlot.AlignedData;
}

/** A full-size chart's options: totals on one 0 to 40 scale, so charts compare at a glance. (A compact chart is a sparkline, sparkline.ts.) */
export function chartOptions(model: ChartModel, palette: Palette, width: number, height: number, onCursor: (u: uPlot) => void): uPlot.Options {
  const { s } = model.text;
  const series: uPlot.Series[] = [
    {},
    ...model.series.map((x) => ({
      scale: x.kind === 'alliance' ? 'alliance' : 'y',
      stroke: palette[x.look.color],
      width: 2,
      dash: x.look.dash,
      spanGaps: true,
      points: { show: false },
    })),
  ];
  const bands: uPlot.Band[] = [];
  if (model.band) {
    const edge = { scale: 'y', stroke: palette.muted, width: 1, dash: [2, 3], spanGaps: true, points: { show: false } };
    series.push(edge, { ...edge, dash: [6, 3] }, edge);
    bands.push({ series: [series.length - 3, series.length - 1], fill: withAlpha(palette.band, 0.14) });
  }
  const grid = { stroke: palette.grid, width: 1 };
  // Tick numbers in the chart's language, as its text writes them.
  const values = (_u: uPlot, splits: number[]) => splits.map(model.text.plain);
  // Text at the chart's own font size (the user's, 16 px by default): ticks at 0.8 of it, titles at 0.875; the axes grow with it.
  const { fontSize: em, fontFamily } = palette;
  const font = (scale: number) => `${Math.round(em * scale * 10) / 10}px ${fontFamily}`;
  const axis = (label: string, extra: uPlot.Axis): uPlot.Axis => ({
    label,
    stroke: palette.text,
    grid,
    ticks: { show: false },
    incrs: [5, 10],
    values,
    font: font(0.8),
    labelFont: font(0.875),
    labelSize: Math.ceil(em * 1.4),
    size: Math.ceil(em * 2.6),
    ...extra,
  });
  const range: uPlot.Range.MinMax = [0, 40];
  return {
    width,
    height,
    // Full size, the top padding holds the alert flags, clear of the lines and the cutoff labels.
    padding: [22, 12, 0, 0],
    scales: {
      x: { time: false, range: (_u, min, max) => (min == null || max == null ? [0.5, 1.5] : [min - 0.5, max + 0.5]) },
      y: { range },
      alliance: { range },
    },
    axes: [
      // Sessions are whole numbers: no tick between two sessions.
      axis(model.byDate ? s.sessionAxisByDate : s.sessionAxis, { incrs: [1, 2, 5, 10, 20, 50, 100, 200] }),
      // One axis for both: outcome and alliance totals share the 0 to 40 range (a second axis would only repeat it).
      axis(s.totalAxis, { scale: 'y' }),
    ],
    series,
    bands,
    legend: { show: false },
    // The cursor follows the pointer; dragging selects nothing.
    cursor: { drag: { x: false, y: false, setScale: false } },
    hooks: { draw: [(u) => drawOverlays(u, model, palette)], setCursor: [onCursor] },
  };
}
