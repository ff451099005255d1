/**
 * Pointer and keyboard handling of the four lines, listening once on the shadow root (set up with
 * it, not bound again by every render). A tap or click puts the mark where it lands and a drag moves
 * it; a touch waits for a horizontal move or a lift, so a vertical swipe that the browser turns into
 * a scroll (`pointercancel`) marks nothing; a cancelled or lost pointer keeps the last value.
 * A drag is one gesture: `input` on each move, one `change` when it ends. A key press is a gesture
 * of its own, so a held arrow key (the keyboard's repeats) is a series of steps, each with its
 * `input` and its `change`, as a native range input does.
 */
import { tenthsAfterKey, tenthsAtPoint } from './line-input.js';

/** What the handlers need from the scale. */
export interface GestureTarget extends HTMLElement {
  /** False while disabled, read-only or in review. */
  readonly interactive: boolean;
  itemTenths(index: number): number | null;
  /** Sets item `index` (0 to 100 tenths) on the user's behalf: fires `input` when the value changes. */
  userSet(index: number, tenths: number): void;
  /** The user settled on a new value: fires `change`. */
  userChanged(): void;
  /**
   * A drag on line `index` ended (released, cancelled or lost): `changed` when it moved the mark,
   * which then fires the one `change` of the gesture.
   */
  dragEnded(index: number, changed: boolean): void;
}

/** The line a drag holds (-1 when none): the host's `values` do not move its mark until the drag ends. */
export type DraggedLine = () => number;

interface Drag {
  pointerId: number;
  index: number;
  line: HTMLElement;
  /** Read once per drag: the direction does not change under a finger. */
  rtl: boolean;
  /** A touch that has not yet moved more across than up or down: it may still become a scroll. */
  pending: boolean;
  x: number;
  y: number;
  before: number | null;
}

const trackOf = (e: Event) => (e.target as Element).closest<HTMLElement>('.track');
const isRtl = (el: Element) => getComputedStyle(el).direction === 'rtl';

export function listenForGestures(root: ShadowRoot, scale: GestureTarget): DraggedLine {
  let drag: Drag | undefined;
  // A shadow root's event map knows no keyboard or pointer events; these are the ones it receives.
  const on = <E extends Event>(type: string, handler: (e: E) => void) => root.addEventListener(type, handler as EventListener);

  const markAt = (e: PointerEvent, d: Drag) => {
    // Locked mid-drag (disabled, readonly, a fieldset disabled): the mark stays where the lock found it.
    if (!scale.interactive) return;
    const box = d.line.getBoundingClientRect();
    scale.userSet(d.index, tenthsAtPoint(e.clientX, box.left, box.width, d.rtl));
  };

  const end = (e: PointerEvent) => {
    const d = drag;
    if (d?.pointerId !== e.pointerId) return;
    // A touch lifted without moving is a tap; a cancel (the page scrolled) keeps whatever is set.
    if (d.pending && e.type === 'pointerup') markAt(e, d);
    drag = undefined;
    scale.dragEnded(d.index, scale.itemTenths(d.index) !== d.before);
  };

  on('keydown', (e: KeyboardEvent) => {
    const track = trackOf(e);
    if (!track || !scale.interactive) return;
    const index = Number(track.dataset.index);
    const before = scale.itemTenths(index);
    const next = tenthsAfterKey(e.key, before, isRtl(scale));
    if (next === undefined) return;
    e.preventDefault();
    scale.userSet(index, next);
    if (next !== before) scale.userChanged();
  });

  on('pointerdown', (e: PointerEvent) => {
    const track = trackOf(e);
    if (!track || !scale.interactive || drag || (e.pointerType === 'mouse' && e.button !== 0)) return;
    const index = Number(track.dataset.index);
    const line = track.querySelector<HTMLElement>('.line')!;
    const d: Drag = { pointerId: e.pointerId, index, line, rtl: isRtl(scale), pending: e.pointerType === 'touch', x: e.clientX, y: e.clientY, before: scale.itemTenths(index) };
    drag = d;
    try {
      track.setPointerCapture(e.pointerId);
    } catch {
      // The pointer was already released (it lifted before this ran): the drag still ends on its pointerup.
    }
    if (!d.pending) markAt(e, d);
  });

  on('pointermove', (e: PointerEvent) => {
    // No button down: the release went elsewhere (WebKit, when the host moved the scale mid-drag).
    // end() passes over a pointer that is not dragging, so a hover costs one comparison.
    if (!e.buttons) return end(e);
    if (drag?.pointerId !== e.pointerId) return;
    // The moves a browser sends before it takes a vertical swipe over as a scroll mark nothing.
    if (drag.pending && Math.abs(e.clientX - drag.x) <= Math.abs(e.clientY - drag.y)) return;
    drag.pending = false;
    markAt(e, drag);
  });

  on('pointerup', end);
  on('pointercancel', end);
  on('lostpointercapture', end);
  return () => drag?.index ?? -1;
}
