/**
 * The rules of uPlot's own stylesheet (uplot/dist/uPlot.min.css) that this chart relies on, as a lit
 * css module: a page-level stylesheet never reaches into a shadow root. The legend, title and
 * selection rules are left out because the chart draws its own legend and disables selection.
 */
import { css } from 'lit';

export const uplotStyles = css`
.uplot,.uplot *{box-sizing:border-box}
.uplot{line-height:1.5;width:min-content}
.u-wrap{position:relative;user-select:none}
.u-over,.u-under,.u-axis,.u-cursor-x,.u-cursor-y,.u-cursor-pt{position:absolute}
.u-under{overflow:hidden}
.uplot canvas{display:block;position:relative;width:100%;height:100%}
.u-cursor-x,.u-cursor-y,.u-cursor-pt{left:0;top:0;pointer-events:none;will-change:transform}
.u-hz .u-cursor-x{height:100%;border-right:1px dashed var(--_muted)}
.u-hz .u-cursor-y{width:100%;border-bottom:1px dashed var(--_muted)}
.u-cursor-pt{border-radius:50%;border:0 solid;background-clip:padding-box!important}
.u-off{display:none}
`;
