/**
 * Linear quantile regression with no dependencies: the coefficients b minimising the check loss
 * sum_i rho_tau(y_i - x_i . b). Solved by the majorise-minimise form of iteratively reweighted least
 * squares (Hunter and Lange 2000): each step is a weighted least-squares solve that lowers the check
 * loss smoothed by eps near zero. eps starts at a point and halves down to EPSILON, which moves the
 * fit quickly at first and then pins it to the exact loss.
 */

/** The smallest smoothing, in points: far below the tenth of a point totals are given in. */
const EPSILON = 1e-7;
const MAX_STEPS = 300;
/** eps halves each step from 1 point, reaching EPSILON after this many steps. */
const SHRUNK = Math.ceil(Math.log(EPSILON) / Math.log(0.8));
/** Stop when ten steps together lowered the check loss by less than this fraction of it. */
const SETTLED = 1e-9;

/** The check loss of residual r at quantile tau. */
export function checkLoss(r: number, tau: number): number {
  return r * (r < 0 ? tau - 1 : tau);
}

/**
 * Fits each quantile in taus (each 0 < tau < 1) of y on features x, given row by row: x[i * p + j]
 * is feature j of observation i (put a 1 in one feature for an intercept). The first fit starts
 * from ordinary least squares, the others from the first. Returns the coefficients per tau, or
 * null when the features are collinear in the data, so the coefficients are not identified.
 */
export function quantileRegression(x: Float64Array, y: Float64Array, p: number, taus: readonly number[]): number[][] | null {
  const n = y.length;
  // Observations that share their features (the same intake at the same session) share their
  // fitted value, so they are grouped once and each step costs little more per observation than a division.
  const index = new Map<string, number>();
  const group = new Uint32Array(n);
  const gx: number[] = [];
  for (let i = 0; i < n; i++) {
    const row = x.subarray(i * p, i * p + p);
    const key = row.join();
    let g = index.get(key);
    if (g === undefined) {
      index.set(key, (g = index.size));
      gx.push(...row);
    }
    group[i] = g;
  }
  const m = index.size;
  const count = new Float64Array(m);
  for (let i = 0; i < n; i++) count[group[i]!] = count[group[i]!]! + 1;
  const fits: number[][] = [];
  for (const tau of taus) {
    const fit = fitOne(y, group, gx, count, p, tau, fits[0] ?? null);
    if (!fit) return null;
    fits.push(polish(y, group, gx, p, tau, fit));
  }
  return fits;
}

function fitOne(y: Float64Array, group: Uint32Array, gx: number[], count: Float64Array, p: number, tau: number, start: number[] | null): number[] | null {
  const n = y.length;
  const m = count.length;
  let beta = start;
  const losses: number[] = [];
  for (let step = 0; step < MAX_STEPS; step++) {
    const eps = Math.max(EPSILON, 0.8 ** step);
    const fitted = new Float64Array(m);
    if (beta) for (let g = 0; g < m; g++) for (let j = 0; j < p; j++) fitted[g] = fitted[g]! + gx[g * p + j]! * beta[j]!;
    const weight = new Float64Array(m);
    const weightedY = new Float64Array(m);
    let loss = 0;
    for (let i = 0; i < n; i++) {
      const g = group[i]!;
      const r = y[i]! - fitted[g]!;
      loss += r * (r < 0 ? tau - 1 : tau);
      const w = beta ? 1 / (eps + Math.abs(r)) : 1;
      weight[g] = weight[g]! + w;
      weightedY[g] = weightedY[g]! + w * y[i]!;
    }
    losses.push(loss);
    // Only losses at the final eps are compared: the loss may rise while eps is still shrinking.
    if (step >= SHRUNK + 10 && losses[step - 10]! - loss <= SETTLED * loss) break;
    // The minimiser of the quadratic majoriser solves (X'WX) b = X'Wy + (2 tau - 1) X'1.
    const shift = beta ? 2 * tau - 1 : 0;
    const a = new Float64Array(p * p);
    const b = new Float64Array(p);
    for (let g = 0; g < m; g++) {
      for (let j = 0; j < p; j++) {
        const xj = gx[g * p + j]!;
        b[j] = b[j]! + (weightedY[g]! + shift * count[g]!) * xj;
        for (let k = 0; k <= j; k++) a[j * p + k] = a[j * p + k]! + weight[g]! * xj * gx[g * p + k]!;
      }
    }
    for (let j = 0; j < p; j++) for (let k = 0; k < j; k++) a[k * p + j] = a[j * p + k]!;
    const next = solve(a, p, b);
    // Rank shows on the first solve; a later near-singular one only means the fit has settled.
    if (!next) return step === 0 ? null : beta;
    beta = next;
  }
  return beta;
}

/**
 * The check loss is minimised at a vertex: coefficients that fit p observations exactly. Near the
 * end the smoothed steps crawl, so the vertices through the observations closest to the fit (from
 * p + 3 groups) are tried too, and the best of them replaces the fit when its loss is lower.
 */
function polish(y: Float64Array, group: Uint32Array, gx: number[], p: number, tau: number, beta: number[]): number[] {
  const m = gx.length / p;
  const fittedAll = (b: readonly number[]) => Array.from({ length: m }, (_, g) => b.reduce((s, v, j) => s + v * gx[g * p + j]!, 0));
  const lossOf = (b: readonly number[]) => {
    const f = fittedAll(b);
    let loss = 0;
    for (let i = 0; i < y.length; i++) loss += checkLoss(y[i]! - f[group[i]!]!, tau);
    return loss;
  };
  let best = beta;
  let bestLoss = lossOf(beta);
  // Each round moves to the best vertex near the current fit; a few rounds walk down any remaining slope.
  for (let round = 0, moved = true; moved && round < 10; round++) {
    moved = false;
    const f = fittedAll(best);
    const distance = (i: number) => Math.abs(y[i]! - f[group[i]!]!);
    // Each group's observation closest to the fit, nearest groups first.
    const closest = new Map<number, number>();
    for (let i = 0; i < y.length; i++) {
      const seen = closest.get(group[i]!);
      if (seen === undefined || distance(i) < distance(seen)) closest.set(group[i]!, i);
    }
    const near = [...closest].sort(([, i], [, k]) => distance(i) - distance(k)).slice(0, p + 3);
    const pick = (from: number, chosen: [number, number][]): void => {
      if (chosen.length === p) {
        const vertex = solve(Float64Array.from(chosen.flatMap(([g]) => gx.slice(g * p, g * p + p))), p, Float64Array.from(chosen, ([, i]) => y[i]!));
        const loss = vertex ? lossOf(vertex) : Infinity;
        if (loss < bestLoss * (1 - 1e-12)) [best, bestLoss, moved] = [vertex!, loss, true];
        return;
      }
      for (let k = from; k < near.length; k++) pick(k + 1, [...chosen, near[k]!]);
    };
    pick(0, []);
  }
  return best;
}

/** Solves a x = b for a p x p matrix (row-major) by Gaussian elimination with partial pivoting; null when singular. */
function solve(a: Float64Array, p: number, b: Float64Array): number[] | null {
  let scale = 0;
  for (let j = 0; j < p; j++) scale = Math.max(scale, Math.abs(a[j * p + j]!));
  for (let c = 0; c < p; c++) {
    let pivot = c;
    for (let r = c + 1; r < p; r++) if (Math.abs(a[r * p + c]!) > Math.abs(a[pivot * p + c]!)) pivot = r;
    if (!(Math.abs(a[pivot * p + c]!) > scale * 1e-12)) return null;
    for (let k = 0; k < p; k++) [a[c * p + k], a[pivot * p + k]] = [a[pivot * p + k]!, a[c * p + k]!];
    [b[c], b[pivot]] = [b[pivot]!, b[c]!];
    for (let r = c + 1; r < p; r++) {
      const f = a[r * p + c]! / a[c * p + c]!;
      for (let k = c; k < p; k++) a[r * p + k] = a[r * p + k]! - f * a[c * p + k]!;
      b[r] = b[r]! - f * b[c]!;
    }
  }
  const out = new Array<number>(p).fill(0);
  for (let r = p - 1; r >= 0; r--) {
    let s = b[r]!;
    for (let k = r + 1; k < p; k++) s -= a[r * p + k]! * out[k]!;
    out[r] = s / a[r * p + r]!;
  }
  return out;
}
