/**
 * Slices of main-thread time shared by every chart's updates and draws: a page that gives a hundred
 * charts their ratings in one task would otherwise build, render and draw all of them in that task.
 * Work checks `sliceSpent()` before each unit (one chart's update, one plot); once the task's slice
 * is spent, the rest waits for `nextSlice()`, a new task, so the page can paint and take input
 * between slices. 50 ms is where a task is long; a slice stops taking work after a few.
 */

/** How long one task may take chart work before the rest waits for the next. */
const SLICE_MS = 8;

/** When the current task's slice opened; 0 when none is open. */
let opened = 0;
let next: Promise<void> | undefined;

/** A new task, without the 4 ms that nested timers are held back. */
function newTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Whether the current task has used its slice; the first call in a task opens one. */
export function sliceSpent(): boolean {
  const now = performance.now();
  if (!opened) {
    opened = now;
    // The task that closes the slice, queued before any work deferred from it.
    void newTask().then(() => (opened = 0));
  }
  return now - opened > SLICE_MS;
}

/**
 * Starts a slice for the draws of the charts a frame has just laid out (the ResizeObserver's callback),
 * so the first screen is painted in the frame that lays it out. When that frame's rendering follows
 * the updates in the same task (charts made in a requestAnimationFrame callback), the task holds two
 * slices of chart work, the updates' and the draws': still far below a long task's 50 ms.
 */
export function openSlice(): void {
  opened = 0;
}

/** Resolves in a later task, with a new slice; one promise for all the work that waits. */
export function nextSlice(): Promise<void> {
  return (next ??= newTask().then(() => {
    next = undefined;
  }));
}
