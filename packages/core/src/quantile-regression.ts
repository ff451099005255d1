/**
 * Linear quantile regression with no dependencies: the coefficients b minimising the check loss
 * sum_i rho_tau(y_i - x_i . b), found exactly. It is a linear programme whose optimum is a vertex:
 * coefficients that fit p observations exactly. A few steps of iteratively reweighted least squares
 * (Hunter and Lange 2000) come close to it cheaply; a simplex-style walk from the nearest vertex
 * then finishes exactly: from a vertex, each of the 2p edges frees one of its p observations up or
 * down; the walk follows the steepest edge that lowers the loss, with an exact line search on the
 * piecewise-linear loss, to the next vertex, until no edge lowers it.
 */

/** The check loss of residual r at quantile tau. */
export function checkLoss(r: number, tau: number): number {
  return r * (r < 0 ? tau - 1 : tau);
}

/**
 * Fits each quantile in taus (each 0 < tau < 1) of y on features x, given row by row: x[i * p + j]
 * is feature j of observation i (put a 1 in one feature for an intercept). Returns the coefficients
 * per tau, or null when the features are collinear in the data, so the coefficients are not identified.
 */
export function quantileRegression(x: Float64Array, y: Float64Array, p: number, taus: readonly number[]): number[][] | null {
  const n = y.length;
  const row = (i: number) => Array.from(x.subarray(i * p, i * p + p));
  const dot = (i: number, b: readonly number[]) => {
    let s = 0;
    for (let j = 0; j < p; j++) s += x[i * p + j]! * b[j]!;
    return s;
  };
  // Ties make vertices degenerate (more than p exact fits), where the edges from one vertex do not show
  // every way down. Tiny distinct nudges to y (far below the tenth totals are given in) break the ties; the
  // vertex found is then optimal for y as given, and its coefficients are taken through y as given.
  const z = y.map((v, i) => v + 1e-9 * ((i * 0.6180339887) % 1));
  const fits: number[][] = [];
  for (const tau of taus) {
    const start = fits[0] ?? smoothed(tau);
    // The starting vertex: the observations closest to the start, each kept if it is independent of those before.
    const distance = z.map((v, i) => Math.abs(v - dot(i, start)));
    const basis: number[] = [];
    for (let tries = 0; basis.length < p && tries < n; tries++) {
      let i = 0;
      for (let k = 1; k < n; k++) if (distance[k]! < distance[i]!) i = k;
      distance[i] = Infinity;
      if (independent([...basis, i].map(row))) basis.push(i);
    }
    const fit = basis.length < p ? null : walk(tau, basis);
    if (!fit) return null;
    fits.push(fit);
  }
  return fits;

  // Stryker disable all: the warm start only chooses the vertex the exact walk starts from, and the walk
  // reaches the same optimum from any start (the brute-force properties of trajectory.test.ts check the
  // optimum). A worse start costs steps, not correctness: decision 0004 lists these as equivalent.
  /** Iteratively reweighted least squares on a smoothed check loss, enough to start the walk near the optimum. */
  function smoothed(tau: number): number[] {
    let b: number[] | null = null;
    for (let step = 0; step < 25; step++) {
      const eps = 0.6 ** step;
      const a = Array.from({ length: p }, () => new Array<number>(p + 1).fill(0));
      for (let i = 0; i < n; i++) {
        const r = b ? z[i]! - dot(i, b) : 0;
        // The minimiser of the quadratic majoriser solves (X'WX) b = X'W y + (2 tau - 1) X'1.
        const w = b ? 1 / (eps + Math.abs(r)) : 1;
        const target = w * z[i]! + (b ? 2 * tau - 1 : 0);
        for (let j = 0; j < p; j++) {
          const xj = x[i * p + j]!;
          const aj = a[j]!;
          for (let k = 0; k < p; k++) aj[k] = aj[k]! + w * xj * x[i * p + k]!;
          aj[p] = aj[p]! + target * xj;
        }
      }
      const inverse = invert(a.map((r) => r.slice(0, p)));
      if (!inverse) return b ?? new Array<number>(p).fill(0);
      b = inverse.map((r) => r.reduce((s, v, k) => s + v * a[k]![p]!, 0));
    }
    return b!;
  }
  // Stryker restore all

  /** The walk from vertex to vertex down the loss; null when the starting basis is singular. */
  function walk(tau: number, basis: number[]): number[] | null {
    // Each step lowers the loss; rounding at a degenerate vertex could otherwise make the walk circle for
    // ever. A walk that stops making progress, or runs far longer than any real one, ends where it is.
    let loss = Infinity;
    let stalled = 0;
    let fit: number[] | null = null;
    // Stryker disable next-line UpdateOperator: the count only ends a walk that rounding makes circle (below).
    for (let steps = 0; ; steps++) {
      // Column k of the inverse is the edge that moves the fit at basis observation k by 1, the others staying exact.
      const inverse = invert(basis.map(row));
      // Rounding can make a step land on a basis that is singular in floating point: the walk ends before it.
      if (!inverse) return fit;
      const edges = Array.from({ length: p }, (_, k) => inverse.map((r) => r[k]!));
      /** The coefficients of the fit through the basis observations' values. */
      const through = (values: Float64Array) => inverse.map((row) => row.reduce((s, v, k) => s + v * values[basis[k]!]!, 0));
      fit = through(y);
      // Stryker disable next-line all: a guard against a walk that rounding makes circle (as the stall check below).
      if (steps > 20 * n + 100) return fit;
      const b = through(z);
      const r = new Float64Array(n);
      for (let i = 0; i < n; i++) r[i] = z[i]! - dot(i, b);
      for (const i of basis) r[i] = 0;
      // Stryker disable all: the loss is tracked only to end a walk that floating point makes circle at a
      // degenerate vertex; where each step lowers the loss (every test's data) it never acts.
      let now = 0;
      for (let i = 0; i < n; i++) now += r[i]! * (r[i]! > 0 ? tau : tau - 1);
      stalled = now < loss - 1e-12 * (1 + Math.abs(loss)) ? 0 : stalled + 1;
      loss = Math.min(loss, now);
      if (stalled > 2 * p) return fit;
      // Stryker restore all
      // Slope of the loss along +edge k: basis observation k turns negative, costing 1 - tau, and every other
      // observation's loss moves at its weight (tau above the fit, tau - 1 below) times its own move, x_i . edge.
      const pull = new Array<number>(p).fill(0);
      for (let i = 0; i < n; i++) {
        const w = r[i] === 0 ? 0 : r[i]! > 0 ? tau : tau - 1;
        for (let j = 0; j < p; j++) pull[j] = pull[j]! + w * x[i * p + j]!;
      }
      const slopes = edges.map((edge) => -edge.reduce((s, v, j) => s + v * pull[j]!, 0));
      let best = { slope: -1e-9 * n, k: -1, sign: 1 };
      slopes.forEach((s, k) => {
        if (s + 1 - tau < best.slope) best = { slope: s + 1 - tau, k, sign: 1 };
        if (-s + tau < best.slope) best = { slope: -s + tau, k, sign: -1 };
      });
      if (best.k < 0) return fit;
      // Exact line search: the loss along the edge is convex and piecewise linear; its slope rises by |g|
      // where an observation's residual crosses zero. Stop at the crossing where the slope stops being negative.
      const edge = edges[best.k]!.map((v) => v * best.sign);
      const at = new Float64Array(n);
      const weight = new Float64Array(n);
      const who = new Uint32Array(n);
      let m = 0;
      for (let i = 0; i < n; i++) {
        const g = dot(i, edge);
        if (r[i]! * g > 0) {
          at[m] = r[i]! / g;
          weight[m] = Math.abs(g);
          who[m++] = i;
        }
      }
      if (m === 0) return fit; // Only rounding can leave a falling edge with no crossing.
      const sorted = at.slice(0, m).sort();
      /** Whether the slope has stopped being negative after the crossings up to the c-th. */
      const reached = (c: number) => {
        let slope = best.slope;
        for (let i = 0; i < m; i++) if (at[i]! <= sorted[c]!) slope += weight[i]!;
        return slope >= 0;
      };
      // The step is usually short: gallop over the crossings in order, then bisect. Rounding can leave the
      // slope a hair below zero after every crossing; the last crossing is then the minimum.
      let [lo, hi] = [0, 1];
      while (hi < m - 1 && !reached(hi)) [lo, hi] = [hi + 1, hi * 2];
      hi = Math.min(hi, m - 1);
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (reached(mid)) hi = mid;
        else lo = mid + 1;
      }
      basis[best.k] = who[at.indexOf(sorted[lo]!)]!;
    }
  }
}

/** Whether the rows are linearly independent: their Gram matrix is invertible. */
function independent(rows: number[][]): boolean {
  return invert(rows.map((u) => rows.map((v) => u.reduce((s, uj, j) => s + uj * v[j]!, 0)))) !== null;
}

/** The inverse of a square matrix by Gauss-Jordan elimination with partial pivoting; null when it is singular. */
function invert(matrix: number[][]): number[][] | null {
  const p = matrix.length;
  const a = matrix.map((r, i) => [...r, ...r.map((_, j) => (i === j ? 1 : 0))]);
  const scale = Math.max(...matrix.map((r) => Math.max(...r.map(Math.abs))));
  for (let c = 0; c < p; c++) {
    let pivot = c;
    for (let r = c + 1; r < p; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[pivot]![c]!)) pivot = r;
    if (!(Math.abs(a[pivot]![c]!) > scale * 1e-10)) return null;
    [a[c], a[pivot]] = [a[pivot]!, a[c]!];
    const lead = a[c]!.map((v) => v / a[c]![c]!);
    a[c] = lead;
    for (let r = 0; r < p; r++) if (r !== c) a[r] = a[r]!.map((v, j) => v - a[r]![c]! * lead[j]!);
  }
  return a.map((r) => r.slice(p));
}
