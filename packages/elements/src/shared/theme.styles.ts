/**
 * The theme every Fitline element shares. Public custom properties (documented on each element
 * with @cssprop) are read here into private `--_` ones, so a host sets `--fit-*` on any ancestor
 * and light, dark and forced-colors modes stay consistent across the scales and the chart.
 * The elements take their colour scheme from the host page (light-dark() follows the inherited
 * `color-scheme`), never from the system alone: the scales paint no background, so on a light page
 * under a dark system their own dark colours would be light grey on white. A page that supports
 * dark mode says so with `color-scheme: light dark`, and the elements follow it.
 * Written one declaration a line, without indentation: lit ships this text as it is. Every browser
 * with light-dark() has system-ui, so the font needs no older fallbacks.
 *
 * Made with unsafeCSS from a static string, not the css tag: nothing is interpolated, so the tag's
 * checks would only add bytes to every page with a scale. Never pass anything but a literal here.
 */
import { unsafeCSS } from 'lit';

export const themeStyles = unsafeCSS(`
:host{
--_text:var(--fit-color-text,light-dark(#1f2328,#e6e8eb));
--_muted:var(--fit-color-muted,light-dark(#57606a,#a8b0b9));
--_surface:var(--fit-color-surface,light-dark(#fff,#15191e));
--_line:var(--fit-color-line,light-dark(#4d5560,#9aa4b1));
--_mark:var(--fit-color-mark,light-dark(#0b5cad,#6cb2ff));
--_accent:var(--fit-color-accent,light-dark(#0b5cad,#6cb2ff));
--_on-accent:var(--fit-color-on-accent,light-dark(#fff,#0b1420));
--_alert:var(--fit-color-alert,light-dark(#b3261e,#ff8a80));
--_alliance:var(--fit-color-alliance,light-dark(#8d702f,#ffe67f));
--_focus:var(--fit-color-focus,light-dark(#0b5cad,#6cb2ff));
--_space:var(--fit-spacing,.75rem);
--_radius:var(--fit-radius,6px);
font-family:var(--fit-font-family,system-ui,sans-serif);
font-size:var(--fit-font-size,1rem);
color:var(--_text)}
`);
