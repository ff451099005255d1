/**
 * The uPlot options and aligned data for a chart model: one x scale of sessions, the outcome scale on
 * the left, the alliance scale on the right, the expected band between its edges, and no uPlot legend
 * (the element draws its own, with the series' dashes and shapes).
 */
import type uPlot from 'uplot';
import type { ChartModel } from './chart-model.js';
import type { Palette } from './read-palette.js';
import { withAlpha } from './read-palette.js';
import { drawOverlays } from './draw-overlays.js';

export interface OptionsContext {
  model: ChartModel;
  palette: Palette;
  compact: boolean;
  width: number;
  height: number;
  onCursor: (u: uPlot) => void;
}

/** Totals are 0 to 40 on both scales, whatever the data, so charts compare at a glance. */
const TOTAL_RANGE: uPlot.Range.MinMax = [0, 40];

export function chartData(model: ChartModel): uPlot.AlignedData {
  const data: (number | null)[][] = [model.xs, ...model.series.map((s) => s.values)];
  if (model.band) data.push(model.band.upper, model.band.expected, model.band.lower);
  return data as uPlot.AlignedData;
}

export function chartOptions({ model, palette, compact, width, height, onCursor }: OptionsContext): uPlot.Options {
  const hasAlliance = model.series.some((s) => s.kind === 'alliance');
  const series: uPlot.Series[] = [
    {},
    ...model.series.map((s) => ({
      label: s.label,
      scale: s.kind === 'alliance' ? 'alliance' : 'y',
      stroke: palette[s.look.color],
      width: compact ? 1.5 : 2,
      dash: s.look.dash,
      spanGaps: true,
      points: { show: false },
      // Compact charts show the client's outcome only.
      show: !compact || s.key === 'outcome:client',
    })),
  ];
  const bands: uPlot.Band[] = [];
  if (model.band) {
    const edge = { scale: 'y', stroke: palette.muted, width: 1, dash: [2, 3], spanGaps: true, points: { show: false }, show: !compact };
    const first = series.length;
    series.push({ ...edge, label: 'Expected, upper' }, { ...edge, label: 'Expected', dash: [6, 3] }, { ...edge, label: 'Expected, lower' });
    if (!compact) bands.push({ series: [first, first + 2], fill: withAlpha(palette.band, 0.14) });
  }
  const font = '12px system-ui, sans-serif';
  const grid = { stroke: palette.grid, width: 1 };
  const axes: uPlot.Axis[] = compact
    ? [{ show: false }, { show: false }]
    : [
        {
          label: model.byDate ? 'Session (numbered in date order)' : 'Session',
          stroke: palette.text,
          grid,
          ticks: grid,
          font,
          labelFont: font,
          // Sessions are whole numbers; no tick between two sessions.
          incrs: [1, 2, 5, 10, 20, 50, 100, 200],
        },
        { scale: 'y', label: 'Outcome total', stroke: palette.text, grid, ticks: grid, font, labelFont: font, incrs: [5, 10] },
        ...(hasAlliance
          ? [{ scale: 'alliance', side: 1 as const, label: 'Alliance total', stroke: palette.text, grid: { show: false }, ticks: grid, font, labelFont: font, incrs: [5, 10] }]
          : []),
      ];
  return {
    width,
    height,
    padding: compact ? [6, 6, 6, 6] : [18, hasAlliance ? 0 : 12, 0, 0],
    scales: {
      x: { time: false, range: (_u, min, max) => (min == null || max == null ? [0.5, 1.5] : [min - 0.5, max + 0.5]) },
      y: { range: TOTAL_RANGE },
      alliance: { range: TOTAL_RANGE },
    },
    axes,
    series,
    bands,
    legend: { show: false },
    cursor: compact ? { show: false } : { drag: { x: false, y: false, setScale: false }, points: { size: 12, width: 2, fill: palette.surface } },
    select: { show: false, left: 0, top: 0, width: 0, height: 0 },
    hooks: {
      draw: [(u) => drawOverlays(u, model, palette, compact)],
      setCursor: [onCursor],
    },
  };
}
