/**
 * The face anchors of the child and young-child variants: our own simple drawings, decorative
 * (the anchor text beside them is what assistive technology reads).
 */
import { html } from 'lit';

/** A face at the low (frowning) or high (smiling) end of a line. */
export function face(high: boolean) {
  return html`<svg class="face" part="face" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><circle cx="12" cy="12" r="10.5"/><circle class="eye" cx="8.5" cy="9.5" r="1.3"/><circle class="eye" cx="15.5" cy="9.5" r="1.3"/><path d="${high ? 'M7 14q5 5 10 0' : 'M7 17q5-5 10 0'}"/></svg>`;
}
