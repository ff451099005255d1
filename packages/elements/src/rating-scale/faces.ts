/**
 * The face anchors of the child and young-child variants: our own simple drawings, decorative
 * (the anchor text beside them is what assistive technology reads).
 */
import { html } from 'lit';

/** A face at the low (frowning) or high (smiling) end of a line. */
export function face(high: boolean) {
  // The eyes are zero-length strokes with round caps: dots in the stroke colour, also in forced colours.
  // Their width is a presentation attribute, which outranks the width the path inherits from `.face`.
  return html`<svg class="face" part="face" viewBox="0 0 24 24" aria-hidden="true"><circle cx="12" cy="12" r="10.5"/><path stroke-width="2.6" d="M8.5 9.5h0m7 0h0"/><path d="${high ? 'M7 14q5 5 10 0' : 'M7 17q5-5 10 0'}"/></svg>`;
}
