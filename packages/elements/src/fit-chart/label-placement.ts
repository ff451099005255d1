/**
 * Where a cutoff line's label goes: on its line, in the first spot no series line or marker crosses,
 * so the words never sit on the data and the data never hides the words (Chartability: "meaningful
 * elements can be distinguished"). Pure geometry in canvas pixels; drawOverlays paints the result.
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A series as canvas points, in session order (the chart joins a line across a session with no rating). */
export type Polyline = [number, number][];

/** Whether the segment from (ax, ay) to (bx, by) touches the box (Liang–Barsky clipping). */
export function segmentTouchesBox(ax: number, ay: number, bx: number, by: number, box: Box): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, ax - box.left],
    [dx, box.right - ax],
    [-dy, ay - box.top],
    [dy, box.bottom - ay],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const r = q / p;
      if (p < 0) t0 = Math.max(t0, r);
      else t1 = Math.min(t1, r);
      if (t0 > t1) return false;
    }
  }
  return true;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * How many markers, line segments and labels already placed the box meets, counting no further than
 * `enough` (a spot crossed that often already loses); `reach` is a marker's radius.
 */
function crossings(box: Box, lines: Polyline[], reach: number, taken: Box[], enough: number): number {
  // A marker is a point grown by its radius, a line has a width: grow the box by the radius instead.
  const grown = { left: box.left - reach, top: box.top - reach, right: box.right + reach, bottom: box.bottom + reach };
  let count = taken.filter((t) => overlaps(t, box)).length;
  for (const line of lines) {
    for (let i = 0; i < line.length && count < enough; i++) {
      const [ax, ay] = line[i] as [number, number];
      const [bx, by] = line[i + 1] ?? [ax, ay];
      // Points go left to right: a segment that ends left of the box or starts right of it misses it
      // (500 sessions are 500 segments a line, tried for every spot).
      if (Math.max(ax, bx) < grown.left) continue;
      if (Math.min(ax, bx) > grown.right) break;
      if (segmentTouchesBox(ax, ay, bx, by, grown)) count++;
    }
  }
  return count;
}

export interface LabelRequest {
  /** The label's size on the canvas. */
  width: number;
  height: number;
  /** The cutoff line's height on the canvas. */
  y: number;
  /** The plot's left and right edges. */
  left: number;
  right: number;
  /** The end of the line it prefers (outcome at the start, alliance at the end). */
  prefer: 'start' | 'end';
  /** The gap between the label and the line or the plot's edge. */
  gap: number;
}

/** Where the label goes, and whether anything crosses it there (then it needs a backing to stay legible). */
export interface Placement {
  box: Box;
  clear: boolean;
}

/**
 * The label's box: above its line at the preferred end if nothing crosses it there; else the first
 * clear spot along the line, from that end: above it, below it, then a marker's reach further off
 * each side (a series just above or below the line); else the spot crossed least.
 */
export function placeLabel(request: LabelRequest, lines: Polyline[], markerRadius: number, taken: Box[]): Placement {
  const { width, height, y, left, right, prefer, gap } = request;
  const span = right - left - 2 * gap - width;
  // Every half label width along the line, from the preferred end.
  const steps = Math.max(0, Math.floor(span / (width / 2)));
  const xs = Array.from({ length: steps + 1 }, (_, i) => left + gap + (steps === 0 ? 0 : (span * i) / steps));
  if (prefer === 'end') xs.reverse();
  let best: Box | null = null;
  let fewest = Infinity;
  for (const top of [y - gap - height, y + gap, y + gap + markerRadius, y - gap - height - markerRadius]) {
    for (const x of xs) {
      const box = { left: x, top, right: x + width, bottom: top + height };
      const count = crossings(box, lines, markerRadius, taken, fewest);
      if (count === 0) return { box, clear: true };
      if (count < fewest) [best, fewest] = [box, count];
    }
  }
  return { box: best as Box, clear: false };
}
