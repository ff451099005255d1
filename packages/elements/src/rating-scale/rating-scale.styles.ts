/**
 * Styles of both scales. Touch targets are 44 px tall by default, the line and mark keep 3:1
 * contrast in light and dark, and forced-colors mode draws them in system colours.
 *
 * Why some rules look the way they do (kept here, not in the CSS text, which ships as written):
 * - The parts stack in plain block flow, spaced by margins: grid or flex containers for what is
 *   only a column cost about a fifth of a scale's first render in style and layout work.
 * - The line and its end ticks are painted backgrounds, not pseudo-elements: no boxes to lay out.
 * - `[lang]` is bidi-isolated: pack wording may run the other way from the page (an English
 *   placeholder on an Arabic page).
 * - In forced colors, borders and outlines take system colours by themselves; backgrounds (and so
 *   the line's gradients, which are dropped) and SVG strokes do not, so they are set here.
 */
import { css } from 'lit';

export const ratingScaleStyles = css`
  :host {
    display: block;
    --_line-thickness: var(--fit-line-thickness, 3px);
    --_mark-width: var(--fit-mark-width, 6px);
    --_mark-height: var(--fit-mark-height, 28px);
    --_target: var(--fit-target-size, 44px);
    line-height: 1.4;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .base {
    max-inline-size: var(--fit-max-width, 40rem);
  }
  .base > * + * {
    margin-block-start: var(--_space);
  }
  p {
    margin: 0;
  }
  [lang] {
    unicode-bidi: plaintext;
  }
  .title {
    font-weight: 600;
    font-size: 1.125em;
  }
  .notice {
    font-size: 0.875em;
    color: var(--_muted);
    border-inline-start: 4px solid var(--_alliance);
    padding-inline-start: 0.5em;
  }
  .items > * + * {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  .item > * + *,
  .entry > * + * {
    margin-block-start: 0.25rem;
  }
  .label {
    font-weight: 600;
  }
  .track {
    min-block-size: var(--_target);
    padding-inline: calc(var(--_target) / 4);
    touch-action: pan-y;
    user-select: none;
    -webkit-user-select: none;
    cursor: pointer;
    border-radius: var(--_radius);
  }
  .track[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.5;
  }
  .line {
    position: relative;
    block-size: var(--_target);
    background: linear-gradient(var(--_line) 0 0) 0 / 2px 1rem, linear-gradient(var(--_line) 0 0) 100% / 2px 1rem, linear-gradient(var(--_line) 0 0) 0 / 100% var(--_line-thickness);
    background-repeat: no-repeat;
  }
  .mark {
    position: absolute;
    z-index: 1;
    inset-block-start: calc(50% - var(--_mark-height) / 2);
    inline-size: var(--_mark-width);
    block-size: var(--_mark-height);
    margin-inline-start: calc(var(--_mark-width) / -2);
    border-radius: calc(var(--_mark-width) / 2);
    background: var(--_mark);
    box-shadow: 0 0 0 2px var(--_surface);
  }
  .anchors {
    display: flex;
    justify-content: space-between;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .anchor {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .anchor.high {
    margin-inline-start: auto;
    text-align: end;
  }
  .face {
    inline-size: var(--fit-face-size, 2rem);
    block-size: var(--fit-face-size, 2rem);
    flex: none;
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.5;
    stroke-linecap: round;
  }
  .eye {
    stroke-width: 2.6;
  }
  .value,
  .total {
    font-variant-numeric: tabular-nums;
  }
  .total {
    font-weight: 600;
  }
  .message {
    color: var(--_alert);
    font-weight: 600;
  }
  .entry label {
    display: block;
  }
  input {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 2px solid var(--_line);
    border-radius: var(--_radius);
    min-block-size: var(--_target);
    inline-size: 7em;
    padding-inline: 0.5em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  button {
    font: inherit;
    min-block-size: var(--_target);
    min-inline-size: var(--_target);
    padding-inline: 1.25em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    cursor: pointer;
  }
  button[aria-disabled='true'],
  button:disabled {
    background: var(--_surface);
    color: var(--_muted);
    border-color: var(--_muted);
    cursor: default;
  }
  .rights {
    font-size: 0.8125em;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .line {
      forced-color-adjust: none;
      --_line: CanvasText;
    }
    .mark {
      forced-color-adjust: none;
      background: Highlight;
      box-shadow: 0 0 0 2px Canvas;
    }
    .face {
      stroke: CanvasText;
    }
  }
`;
