/**
 * Styles of both scales. Touch targets are 44 px tall by default, the line and mark keep 3:1
 * contrast in light and dark, and forced-colors mode draws them in system colours.
 *
 * Why some rules look the way they do (kept here, not in the CSS text, which ships as written):
 * - Written one rule a line, without indentation, and rules that share declarations share one
 *   rule: lit ships this text as it is, in every page that shows a scale. The high anchor's
 *   auto margin both spreads the anchors and keeps it at the end when they wrap.
 * - The parts stack in plain block flow, spaced by margins: grid or flex containers for what is
 *   only a column cost about a fifth of a scale's first render in style and layout work.
 * - The line and its end ticks are painted backgrounds, not pseudo-elements: no boxes to lay out.
 * - `[lang]` is bidi-isolated: pack wording may run the other way from the page (an English
 *   placeholder on an Arabic page).
 * - In forced colors, borders and outlines take system colours by themselves; backgrounds (and so
 *   the line's gradients, which are dropped) and SVG strokes do not, so they are set here.
 * - In forced colors a sent button (only aria-disabled, so it stays focusable) would get ButtonText
 *   like an active one: it is drawn in GrayText, as the system draws a disabled control.
 *
 * Made with unsafeCSS from a static string, not the css tag: nothing is interpolated, so the tag's
 * checks would only add bytes to every page with a scale. Never pass anything but a literal here.
 */
import { unsafeCSS } from 'lit';

export const ratingScaleStyles = unsafeCSS(`
:host{display:block;line-height:1.4;
--_mark-width:var(--fit-mark-width,6px);
--_target:var(--fit-target-size,44px)}
:host([hidden]){display:none}
*{box-sizing:border-box}
.base{max-inline-size:var(--fit-max-width,40rem);overflow-wrap:anywhere}
.base>*+*{margin-block-start:var(--_space)}
.items>*+*{margin-block-start:calc(var(--_space)*1.5)}
.item>*+*,.entry>*+*{margin-block-start:.25rem}
p{margin:0}
[lang]{unicode-bidi:plaintext}
.title,.label,.total,.message{font-weight:600}
.title{font-size:1.125em}
.notice,.anchors,.rights{font-size:.875em;color:var(--_muted)}
.notice{border-inline-start:4px solid var(--_alliance);padding-inline-start:.5em}
.rights{font-size:.8125em}
.track{min-block-size:var(--_target);padding-inline:calc(var(--_target)/4);touch-action:pan-y;user-select:none;-webkit-user-select:none;cursor:pointer;border-radius:var(--_radius)}
.track[aria-disabled=true]{cursor:not-allowed;opacity:.5}
.line{position:relative;block-size:var(--_target);
background:linear-gradient(var(--_line) 0 0) 0/2px 1rem,linear-gradient(var(--_line) 0 0) 100%/2px 1rem,linear-gradient(var(--_line) 0 0) 0/100% var(--fit-line-thickness,3px);
background-repeat:no-repeat}
.mark{position:absolute;z-index:1;inset-block-start:calc(50% - var(--fit-mark-height,28px)/2);inline-size:var(--_mark-width);block-size:var(--fit-mark-height,28px);
margin-inline-start:calc(var(--_mark-width)/-2);border-radius:calc(var(--_mark-width)/2);background:var(--_mark);box-shadow:0 0 0 2px var(--_surface)}
.anchors{display:flex;flex-wrap:wrap;gap:.25rem 1rem}
.anchor{display:flex;align-items:center;gap:.375rem}
.anchor.high{margin-inline-start:auto;text-align:end}
.face{inline-size:var(--fit-face-size,2rem);block-size:var(--fit-face-size,2rem);flex:none;fill:none;stroke:var(--_text);stroke-width:1.5;stroke-linecap:round}
.value,.total{font-variant-numeric:tabular-nums}
.message{color:var(--_alert)}
label{display:block}
input,button{font:inherit;min-block-size:var(--_target);border:2px solid var(--_line);border-radius:var(--_radius)}
input{color:inherit;background:var(--_surface);inline-size:7em;padding-inline:.5em}
:focus-visible{outline:3px solid var(--_focus);outline-offset:2px}
.actions{display:flex;flex-wrap:wrap;align-items:center;gap:var(--_space)}
button{min-inline-size:var(--_target);padding-inline:1.25em;border-color:var(--_accent);background:var(--_accent);color:var(--_on-accent);cursor:pointer}
button[aria-disabled=true],button:disabled{background:var(--_surface);color:var(--_muted);border-color:var(--_muted);cursor:default}
@media (forced-colors:active){
.line,.mark{forced-color-adjust:none}
.line{--_line:CanvasText}
.mark{background:Highlight;box-shadow:0 0 0 2px Canvas}
.face{stroke:CanvasText}
button[aria-disabled=true],button:disabled{forced-color-adjust:none;color:GrayText;border-color:GrayText;background:Canvas}}
`);
