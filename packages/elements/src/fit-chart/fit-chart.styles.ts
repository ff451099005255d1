/**
 * The chart's own styles: layout of summary, plot, legend, readout and table; the colour roles the
 * canvas reads through the probe (see read-palette.ts); the compact inline size; print and
 * forced-colors rules. Written one rule a line, and left to the browser's defaults where they serve
 * (buttons, focus rings): lit ships this text as it is.
 */
import { css } from 'lit';

export const fitChartStyles = css`
:host{display:block;background:var(--_surface);
--_chart-mark:var(--fit-chart-outcome-color,var(--_mark));
--_chart-alliance:var(--fit-chart-alliance-color,var(--_alliance));
--_chart-collateral:var(--fit-chart-collateral-color,light-dark(#008768,#049900));
--_chart-alert:var(--_alert);--_chart-muted:var(--_muted);--_chart-text:var(--_text);--_chart-surface:var(--_surface);
--_chart-band:var(--fit-chart-band-color,var(--_accent));
--_chart-grid:var(--fit-chart-grid-color,light-dark(#d8dee4,#343b44))}
:host([compact]){display:inline-block;vertical-align:middle;width:var(--fit-chart-compact-width,8rem);height:var(--fit-chart-compact-height,2rem)}
[hidden]{display:none!important}
.base{display:grid;gap:calc(var(--_space)*.66);position:relative}
button,summary{font:inherit}
button{min-height:24px;min-width:24px}
summary{min-height:24px;cursor:pointer}
.actions{display:flex;flex-wrap:wrap;gap:.5rem}
.hint{font-size:.875em;color:var(--_muted)}
.how ul,.alerts ol{margin:.25rem 0 0;padding-inline-start:1.5rem}
.alerts p{margin:0}
.sort{background:none;border:0;padding:0;color:inherit;font-weight:inherit}
.announce{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.compact{display:block;height:100%;overflow:hidden;font-size:.75em}
p,ul,ol{margin:0}
.plot{position:relative;height:var(--fit-chart-height,20rem);overflow:hidden}
.compact .plot{height:100%}
.legend{display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:0;list-style:none;font-size:.875em}
.legend li{display:flex;align-items:center;gap:.4rem}
.legend svg{overflow:visible;stroke:currentColor}
.alert,.error{color:var(--_alert)}
.table-wrap{overflow-x:auto}
table{border-collapse:collapse;font-variant-numeric:tabular-nums}
th,td{border-bottom:1px solid var(--_line);padding:.2rem .5rem}
.probe{position:absolute;forced-color-adjust:none;color:var(--_chart-mark);background-color:var(--_chart-alliance);
border-color:var(--_chart-collateral) var(--_chart-alert) var(--_chart-muted) var(--_chart-text);outline-color:var(--_chart-surface);
text-decoration-color:var(--_chart-band);column-rule-color:var(--_chart-grid)}
@media (forced-colors:active){
:host{--_chart-mark:CanvasText;--_chart-alliance:CanvasText;--_chart-collateral:CanvasText;--_chart-alert:CanvasText;--_chart-muted:GrayText;
--_chart-text:CanvasText;--_chart-surface:Canvas;--_chart-band:Highlight;--_chart-grid:GrayText}
.legend svg{stroke:CanvasText}}
@media print{
.actions{display:none}
.table-wrap[hidden]{display:block!important}}
`;
