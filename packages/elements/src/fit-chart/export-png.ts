/**
 * The chart as a PNG for a clinical note: the summary as a heading, the plot on the theme's surface
 * colour (the plot canvas itself is transparent), then the legend, so the picture explains itself
 * once pasted away from the page. Drawn at the screen's pixel density.
 */
import type { LegendEntry } from './legend.js';
import type { Palette } from './read-palette.js';
import { paintShape } from './series-look.js';

export function exportPng(plot: HTMLCanvasElement, summary: string, legend: LegendEntry[], palette: Palette, px: number): Promise<Blob> {
  const pad = 12 * px;
  const line = 20 * px;
  const right = plot.width - pad;
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  const font = `${Math.round(14 * px)}px system-ui, sans-serif`;
  ctx.font = font;
  // Lay out first (the canvas's size depends on it): summary words and legend entries flow into rows.
  const texts: [string, number, number][] = [];
  let x = pad;
  let row = 0;
  const place = (text: string, lead: number, gap: number) => {
    const width = lead + ctx.measureText(text).width;
    if (x > pad && x + width > right) {
      x = pad;
      row++;
    }
    texts.push([text, x, row]);
    x += width + gap;
  };
  for (const word of summary.split(' ')) place(word, 0, ctx.measureText(' ').width);
  const plotTop = pad + (row + 1) * line + pad / 2;
  const legendRow = row + 1;
  x = right;
  for (const entry of legend) place(entry.label, 34 * px, 16 * px);

  canvas.width = plot.width;
  canvas.height = plotTop + plot.height + pad + (row - legendRow + 1) * line + pad;
  ctx.fillStyle = palette.surface;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(plot, 0, plotTop);
  ctx.font = font;
  ctx.textBaseline = 'middle';
  const yOf = (r: number) => (r < legendRow ? pad : plotTop + plot.height + pad - legendRow * line) + r * line + line / 2;
  texts.forEach(([text, tx, r], i) => {
    const y = yOf(r);
    const entry = legend[i - texts.length + legend.length];
    ctx.fillStyle = palette.text;
    if (!entry) return ctx.fillText(text, tx, y);
    ctx.fillText(text, tx + 34 * px, y);
    const color = palette[entry.color];
    if (entry.dash) {
      ctx.setLineDash(entry.dash.map((d) => d * px));
      ctx.lineWidth = 2 * px;
      ctx.strokeStyle = color;
      ctx.beginPath();
      ctx.moveTo(tx, y);
      ctx.lineTo(tx + 28 * px, y);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    if (entry.shape) paintShape(ctx, entry.shape, tx + 14 * px, y, (entry.r ?? 4.5) * px, color, entry.filled ? color : palette.surface, 1.5 * px);
  });
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not make a PNG.'))), 'image/png'),
  );
}
