/**
 * The chart as a PNG for a clinical note: the summary as a heading, then the plot on the theme's
 * surface colour (the plot canvas itself is transparent), at the screen's pixel density.
 */
import type { Palette } from './read-palette.js';

export function exportPng(plot: HTMLCanvasElement, summary: string, palette: Palette, pxRatio: number): Promise<Blob> {
  const pad = Math.round(12 * pxRatio);
  const lineHeight = Math.round(18 * pxRatio);
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  const font = `${Math.round(14 * pxRatio)}px system-ui, sans-serif`;
  ctx.font = font;
  const lines = wrap(ctx, summary, plot.width - 2 * pad);
  canvas.width = plot.width;
  canvas.height = plot.height + pad * 2 + lines.length * lineHeight;
  ctx.fillStyle = palette.surface;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = palette.text;
  ctx.font = font;
  ctx.textBaseline = 'top';
  lines.forEach((line, i) => ctx.fillText(line, pad, pad + i * lineHeight));
  ctx.drawImage(plot, 0, pad * 2 + lines.length * lineHeight - pad);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the chart as PNG.'))), 'image/png'),
  );
}

function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}
